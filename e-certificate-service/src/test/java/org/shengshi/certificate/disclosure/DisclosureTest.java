package org.shengshi.certificate.disclosure;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisclosureTest {

	@Test
	void keepsFieldsSortedSoEqualDisclosuresAreEqual() {
		Disclosure a = Disclosure.ofFields(List.of("name", "idNumber"));
		Disclosure b = Disclosure.ofFields(Set.of("idNumber", "name"));
		assertThat(a).isEqualTo(b);
		assertThat(a.fields()).containsExactly("idNumber", "name");
		assertThat(a.hasPurpose()).isFalse();
		assertThat(Disclosure.forPurpose("HOTEL_CHECK_IN").fields()).isEmpty();
	}

	@Test
	void refusesEmptyOrMalformedDisclosures() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure(null, Set.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure(null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> Disclosure.forPurpose("hotel check-in"));
		assertThatIllegalArgumentException().isThrownBy(() -> Disclosure.ofFields(List.of("Name")));
		assertThatIllegalArgumentException().isThrownBy(() -> Disclosure.ofFields(List.of("name; drop")));
		List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, Disclosure.MAX_FIELDS)
			.mapToObj((i) -> "f" + i)
			.toList();
		assertThatIllegalArgumentException().isThrownBy(() -> Disclosure.ofFields(tooMany));
	}

}
