/**
 * Human-readable numbers of the e-certificate domain: the GB/T 36904 electronic
 * certificate identifier
 * ({@link org.shengshi.certificate.identifier.CertificateIdentifier}) with its ISO/IEC
 * 7064 MOD 37,36 check character, the certificate type code, and the GB 32100 unified
 * social credit code of issuing organisations. Pure functions, no I/O.
 */
package org.shengshi.certificate.identifier;
