package org.shengshi.certificate.signature;

import java.util.Optional;

/**
 * Finds a public key by key id at verification time. A {@link KeyRing} is one; the
 * service layer can look across departments in the key table.
 */
@FunctionalInterface
public interface KeyLookup {

	Optional<IssuerKey> find(String kid);

}
