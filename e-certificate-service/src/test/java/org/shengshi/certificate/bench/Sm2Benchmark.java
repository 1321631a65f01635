package org.shengshi.certificate.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.shengshi.certificate.signature.SignatureAlgorithm;

/**
 * Raw SM2-with-SM3 signing and verification (BouncyCastle) of a resident e-ID's canonical
 * content, the floor under every issuance and every QR verification. Run by
 * {@link VerificationBenchmark}, not by the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Sm2Benchmark {

	/** About the size of a resident e-ID's canonical JSON. */
	static final byte[] CONTENT = ("{\"fields\":{\"birthDate\":\"1985-03-07\",\"gender\":\"1\",\"idNumber\":\"440106198503071235\","
			+ "\"name\":\"赵六\",\"photoRef\":\"urn:shengshi:identity:photo:u-0190\"},\"identifier\":"
			+ "\"1.2.156.3005.2.111000000000190198001.11440100MB2C97262F.0196F0A1B2C37D4E8F9A0B1C2D3E4F50.001.K\","
			+ "\"issuedAt\":\"2026-11-26T08:00:00Z\",\"issuer\":\"11440100MB2C97262F\",\"typeCode\":"
			+ "\"111000000000190198001\",\"validFrom\":\"2026-11-26\",\"validUntil\":null}")
		.getBytes(StandardCharsets.UTF_8);

	private KeyPair keys;

	private byte[] signature;

	@Setup
	public void keys() {
		this.keys = SignatureAlgorithm.SM2_SM3.generateKeyPair();
		this.signature = SignatureAlgorithm.SM2_SM3.sign(this.keys.getPrivate(), CONTENT);
	}

	@Benchmark
	public byte[] sign() {
		return SignatureAlgorithm.SM2_SM3.sign(this.keys.getPrivate(), CONTENT);
	}

	@Benchmark
	public boolean verify() {
		return SignatureAlgorithm.SM2_SM3.verify(this.keys.getPublic(), CONTENT, this.signature);
	}

}
