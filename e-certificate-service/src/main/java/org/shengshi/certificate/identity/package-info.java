/**
 * Client of identity-service: reads a verified identity by reference (name and ID number
 * for the resident e-ID) with a client-credentials token of this service's own Keycloak
 * client.
 */
package org.shengshi.certificate.identity;
