package org.shengshi.catalog.cache;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.shengshi.platform.test.EmbeddedRedis;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

/**
 * What caching costs a search asked only once, against a real redis-server: CPU per call
 * of {@link JsonCache#json} (look up in Redis, miss, store in memory and Redis) and of
 * {@link JsonCache#jsonOnRepeat} (first ask: neither) for new keys, with a search-sized
 * page of results as the value. Both the JVM's CPU (caller, Lettuce's event loop, GC) and
 * redis-server's are counted. Rounds alternate the two, so both meet the same machine.
 * Run with {@code java -cp … org.shengshi.catalog.cache.CacheAdmissionCost [rounds]}
 * after {@code test-compile}.
 */
public final class CacheAdmissionCost {

	private static final int CALLS = 20_000;

	private CacheAdmissionCost() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		EmbeddedRedis redis = EmbeddedRedis.shared();
		LettuceConnectionFactory connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
		connections.afterPropertiesSet();
		connections.start();
		try {
			JsonCache cache = new JsonCache(new StringRedisTemplate(connections), new CacheProperties(true,
					Duration.ofSeconds(60), Duration.ofSeconds(5), DataSize.ofMegabytes(32), true),
					JsonMapper.builder().build());
			Supplier<Object> page = CacheAdmissionCost::page;
			Map<String, BiFunction<String, Supplier<Object>, byte[]>> ways = new LinkedHashMap<>();
			ways.put("json (cached on the first ask)", cache::json);
			ways.put("jsonOnRepeat (first ask)", cache::jsonOnRepeat);
			ways.put("no cache", (key, compute) -> cache.uncached(compute));
			Optional<ProcessHandle> redisServer = redisServer();
			int next = 0;
			for (int round = 0; round <= rounds; round++) {
				for (Map.Entry<String, BiFunction<String, Supplier<Object>, byte[]>> way : ways.entrySet()) {
					long cpu = processCpuNanos();
					long redisCpu = cpuNanos(redisServer);
					for (int i = 0; i < CALLS; i++) {
						way.getValue().apply("bench:search:" + next++, page);
					}
					if (round > 0) {
						System.out.printf("round %d  %-32s JVM %.1f µs, redis-server %.1f µs per call%n", round,
								way.getKey(), (processCpuNanos() - cpu) / 1e3 / CALLS,
								(cpuNanos(redisServer) - redisCpu) / 1e3 / CALLS);
					}
				}
			}
		}
		finally {
			connections.destroy();
			redis.stop();
		}
	}

	/** Ten result lines, about the size of a search page. */
	private static Object page() {
		List<Map<String, Object>> hits = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			hits.add(Map.of("id", "QR00103001@440100-GA-" + i, "version", 3, "code", "QR00103001", "name", "天河区居住证申领",
					"departmentCode", "440100-GA", "regionCode", "440106", "itemType", "QR", "online", true, "visits",
					0, "score", 12.5 + i));
		}
		return Map.of("hits", hits, "totalHits", 432, "page", 0, "size", 10, "approximate", false);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static Optional<ProcessHandle> redisServer() {
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().command().orElse("").contains("redis-server"))
			.findFirst();
	}

	/** CPU time the process has used, in nanoseconds; 0 if unknown. */
	private static long cpuNanos(Optional<ProcessHandle> process) {
		return process.flatMap((handle) -> handle.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
	}

}
