package org.shengshi.certificate.signature;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider instance, passed explicitly to JCA factories so nothing
 * depends on (or changes) the JVM-wide provider list.
 */
final class BouncyCastle {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private BouncyCastle() {
	}

}
