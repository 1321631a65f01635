/**
 * Signatures over certificate content: the pluggable
 * {@link org.shengshi.certificate.signature.SignatureAlgorithm} (SM2 with SM3 by default,
 * ECDSA P-256 as an option), issuer keys with private keys sealed at rest under a
 * caller-supplied key-encryption key, one
 * {@link org.shengshi.certificate.signature.KeyRing} per issuing department with
 * rotation, the deterministic {@link org.shengshi.certificate.signature.CanonicalJson}
 * encoding of signed content, and the signer and verifier. Pure Java and BouncyCastle; no
 * Spring.
 */
package org.shengshi.certificate.signature;
