package org.shengshi.platform.pii;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class PiiAutoConfigurationTest {

	private static final String KEY = Base64.getEncoder().encodeToString(PiiCipherTest.randomKey());

	private static final String INDEX_KEY = Base64.getEncoder().encodeToString(PiiCipherTest.randomKey());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PiiAutoConfiguration.class));

	@Test
	void validKeysGiveACipherAndABlindIndex() {
		this.runner
			.withPropertyValues("shengshi.pii.keys.k2025=" + KEY, "shengshi.pii.active-key-id=k2025",
					"shengshi.pii.index-key=" + INDEX_KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				PiiCipher cipher = context.getBean(PiiCipher.class);
				assertThat(cipher.activeKeyId()).isEqualTo("k2025");
				assertThat(cipher.decrypt(cipher.encrypt("13812345678", "c"), "c")).isEqualTo("13812345678");
				assertThat(context.getBean(BlindIndex.class).of("x")).hasSize(64);
			});
	}

	@Test
	void missingKeysStopTheStartWithTheVariableToSet() {
		this.runner.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("SHENGSHI_PII_KEYS_<KID>"));
	}

	@Test
	void keyOfTheWrongLengthStopsTheStartNamingTheVariable() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		this.runner
			.withPropertyValues("shengshi.pii.keys.k2025=" + shortKey, "shengshi.pii.active-key-id=k2025",
					"shengshi.pii.index-key=" + INDEX_KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SHENGSHI_PII_KEYS_K2025")
				.hasMessageContaining("16 bytes")
				.hasMessageNotContaining(shortKey));
	}

	@Test
	void missingIndexKeyStopsTheStart() {
		this.runner.withPropertyValues("shengshi.pii.keys.k2025=" + KEY, "shengshi.pii.active-key-id=k2025")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("SHENGSHI_PII_INDEX_KEY"));
	}

	@Test
	void activeKeyMustBeOneOfTheKeys() {
		this.runner
			.withPropertyValues("shengshi.pii.keys.k2025=" + KEY, "shengshi.pii.active-key-id=k2026",
					"shengshi.pii.index-key=" + INDEX_KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("k2026")
				.hasMessageContaining("[k2025]"));
	}

	@Test
	void canBeSwitchedOffForServicesWithoutPersonalData() {
		this.runner.withPropertyValues("shengshi.pii.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PiiCipher.class));
	}

	@Test
	void keysBindFromEnvironmentVariables() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("SHENGSHI_PII_KEYS_K2024", KEY, "SHENGSHI_PII_KEYS_K2025", KEY, "SHENGSHI_PII_ACTIVE_KEY_ID",
							"k2025", "SHENGSHI_PII_INDEX_KEY", INDEX_KEY)));
		PiiProperties properties = Binder.get(environment).bind("shengshi.pii", PiiProperties.class).get();
		PiiKeys keys = PiiKeys.from(properties);
		assertThat(keys.aesKeys()).containsOnlyKeys("k2024", "k2025");
		assertThat(keys.activeKeyId()).isEqualTo("k2025");
		assertThat(properties.toString()).doesNotContain(KEY);
	}

}
