package org.shengshi.certificate.signature;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalJsonTest {

	@Test
	void sortsKeysAndDropsWhitespaceWhateverTheInsertionOrder() {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("b", 1);
		first.put("a", List.of(true, false));
		first.put("c", Map.of("y", "2", "x", "1"));
		Map<String, Object> second = new TreeMap<>((l, r) -> r.compareTo(l));
		second.putAll(first);
		assertThat(CanonicalJson.write(first))
			.isEqualTo("{\"a\":[true,false],\"b\":1,\"c\":{\"x\":\"1\",\"y\":\"2\"}}");
		assertThat(CanonicalJson.bytes(second)).isEqualTo(CanonicalJson.bytes(first));
	}

	@Test
	void sortsKeysByUtf16CodeUnitsAsRfc8785Does() {
		// the RFC 8785 section 3.2.3 sorting example
		Map<String, Object> map = new LinkedHashMap<>();
		for (String key : List.of("\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6")) {
			map.put(key, key.codePointAt(0));
		}
		assertThat(CanonicalJson.write(map)).isEqualTo(
				"{\"\\r\":13,\"1\":49,\"\u0080\":128,\"\u00f6\":246,\"\u20ac\":8364,\"\ud83d\ude00\":128512,\"\ufb33\":64307}");
	}

	@Test
	void escapesOnlyQuotesBackslashesAndControlCharacters() {
		String text = "\"\\\b\f\n\r\t\u0001\u001f/é张三\u2028";
		assertThat(CanonicalJson.write(text)).isEqualTo("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/é张三\u2028\"");
		assertThat(CanonicalJson.bytes("张")).isEqualTo("\"张\"".getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@CsvSource({ "1.50, 1.5", "2.0, 2", "-0.0, 0", "0.000, 0", "1E+3, 1000", "123.4500, 123.45", "-7, -7",
			"0.000001, 0.000001", "1E-7, 0.0000001", "100, 100" })
	void normalisesDecimals(String decimal, String expected) {
		assertThat(CanonicalJson.write(new BigDecimal(decimal))).isEqualTo(expected);
	}

	@Test
	void normalisesEveryNumberType() {
		assertThat(CanonicalJson.write(List.of(1, 2L, (short) 3, (byte) 4, new BigInteger("12345678901234567890"), 1.0,
				0.1, -0.0, 2.5f, 1e21)))
			.isEqualTo("[1,2,3,4,12345678901234567890,1,0.1,0,2.5,1000000000000000000000]");
	}

	@Test
	void writesNullBooleansAndNesting() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("n", null);
		map.put("t", true);
		map.put("l", List.of(List.of(), Map.of()));
		assertThat(CanonicalJson.write(map)).isEqualTo("{\"l\":[[],{}],\"n\":null,\"t\":true}");
	}

	@Test
	void refusesValuesWithoutACanonicalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(Set.of("a")));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(Map.of(1, "a")));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(java.time.Instant.EPOCH));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write("\ud83d"));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write("a\ude00b"));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(new BigDecimal("1E+100000")));
	}

	@Test
	void refusesRunawayNesting() {
		Object nested = "leaf";
		for (int i = 0; i < 40; i++) {
			nested = List.of(nested);
		}
		Object deep = nested;
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(deep));
	}

	@Test
	void sameValueAlwaysGivesTheSameBytes() {
		Map<String, Object> content = Map.of("name", "李四", "amount", 12000L, "items", List.of("a", "b"));
		byte[] once = CanonicalJson.bytes(content);
		for (int i = 0; i < 20; i++) {
			assertThat(Arrays.equals(CanonicalJson.bytes(new LinkedHashMap<>(content)), once)).isTrue();
		}
	}

}
