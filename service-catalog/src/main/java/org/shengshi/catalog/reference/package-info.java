/**
 * Reference data the catalog validates against but does not own: administrative region
 * codes (GB/T 2260), department codes (identity-service's department tree) and
 * e-certificate types with their fields (e-certificate-service). The certificate type
 * list ships as {@code reference/certificate-types.json} until the service layer reads it
 * from e-certificate-service.
 */
package org.shengshi.catalog.reference;
