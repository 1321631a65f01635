/**
 * Selective disclosure: what a holder agrees to show
 * ({@link org.shengshi.certificate.disclosure.Disclosure}) and the pure
 * {@link org.shengshi.certificate.disclosure.DisclosurePolicy} that, for a verifier's
 * declared purpose, returns only the fields the certificate type allows that purpose to
 * see.
 */
package org.shengshi.certificate.disclosure;
