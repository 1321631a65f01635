/**
 * Certificate types: each type's field schema, issuing department and the verifier
 * purposes it allows with the fields each may see, seeded as data under
 * {@code classpath:certificate-types/} and loaded with validation by
 * {@link org.shengshi.certificate.type.CertificateTypeLoader}.
 */
package org.shengshi.certificate.type;
