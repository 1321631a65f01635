package org.shengshi.localstack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

	private static final DevSecrets SECRETS = new DevSecrets("local1", "a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleTE=",
			"aW5kZXgtaW5kZXgtaW5kZXgtaW5kZXgtaW5kZXgtMTI=");

	@TempDir
	static Path work;

	private final StackConfig config = StackConfig.fromEnvironment(Map.of(), Path.of("/repo"))
		.withPortOffset(20000)
		.withWorkDir(work);

	@Test
	void aServiceGetsItsPortDatabaseRedisIssuerAndAudienceOnTheOffsetPorts() {
		Map<String, String> env = ServiceEnvironment.of(PlatformService.CASES, this.config, SECRETS);

		assertThat(env).containsEntry("SERVER_PORT", "28083")
			.containsEntry("SERVER_ADDRESS", "127.0.0.1")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "root")
			.containsEntry("SPRING_DATASOURCE_PASSWORD", "")
			.containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1")
			.containsEntry("SPRING_DATA_REDIS_PORT", "26380")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
					"http://127.0.0.1:28180/realms/shengshi")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
					"http://127.0.0.1:28180/realms/shengshi/protocol/openid-connect/certs")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "shengshi-api")
			.containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		assertThat(env.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:mysql://127.0.0.1:23307/shengshi_case?");
	}

	@Test
	void aServiceGetsThePiiKeysSandboxesPeersAndItsOwnKeycloakClient() {
		Map<String, String> env = ServiceEnvironment.of(PlatformService.IDENTITY, this.config, SECRETS);

		assertThat(env).containsEntry("SHENGSHI_PII_ACTIVE_KEY_ID", "local1")
			.containsEntry("SHENGSHI_PII_KEYS_LOCAL1", SECRETS.activeKey())
			.containsEntry("SHENGSHI_PII_INDEX_KEY", SECRETS.indexKey())
			.containsEntry("SHENGSHI_SANDBOX_SMS_URL", "http://127.0.0.1:28091")
			.containsEntry("SHENGSHI_SANDBOX_REGISTRY_URL", "http://127.0.0.1:28092")
			.containsEntry("SHENGSHI_SANDBOX_FACE_URL", "http://127.0.0.1:28093")
			.containsEntry("SHENGSHI_SANDBOX_WECHATPAY_URL", "http://127.0.0.1:28094")
			.containsEntry("SHENGSHI_SANDBOX_ALIPAY_URL", "http://127.0.0.1:28095")
			.containsEntry("SHENGSHI_SANDBOX_UNIONPAY_URL", "http://127.0.0.1:28096")
			.containsEntry("SHENGSHI_SERVICES_CATALOG_URL", "http://127.0.0.1:28082")
			.containsEntry("SHENGSHI_SERVICES_CERTIFICATES_URL", "http://127.0.0.1:28085")
			.containsEntry("SHENGSHI_KEYCLOAK_URL", "http://127.0.0.1:28180")
			.containsEntry("SHENGSHI_KEYCLOAK_REALM", "shengshi")
			.containsEntry("SHENGSHI_KEYCLOAK_TOKEN_URI",
					"http://127.0.0.1:28180/realms/shengshi/protocol/openid-connect/token")
			.containsEntry("SHENGSHI_KEYCLOAK_CLIENT_ID", "identity-service")
			.containsEntry("SHENGSHI_KEYCLOAK_CLIENT_SECRET", "identity-service-secret");
	}

	@Test
	void theCertificateKeyEncryptionKeyIsA32ByteKeyStableAcrossRestartsAndUnlikeThePiiKeys() {
		String kek = ServiceEnvironment.of(PlatformService.CERTIFICATES, this.config, SECRETS).get("SHENGSHI_CERT_KEK");

		assertThat(java.util.Base64.getDecoder().decode(kek)).hasSize(32);
		assertThat(ServiceEnvironment.of(PlatformService.CERTIFICATES, this.config, SECRETS))
			.containsEntry("SHENGSHI_CERT_KEK", kek);
		assertThat(kek).isNotIn(SECRETS.activeKey(), SECRETS.indexKey());
	}

	@Test
	void onlyPaymentAdapterGetsTheSandboxChannelWithItsOwnDerivedSecret() {
		Map<String, String> payments = ServiceEnvironment.of(PlatformService.PAYMENTS, this.config, SECRETS);
		String secret = payments.get("SHENGSHI_PAYMENT_SANDBOX_CALLBACKSECRET");

		assertThat(payments).containsEntry("SHENGSHI_PAYMENT_SANDBOX_ENABLED", "true");
		assertThat(secret).isEqualTo(ServiceEnvironment.paymentSandboxSecret(SECRETS))
			.isNotIn(SECRETS.activeKey(), SECRETS.indexKey(),
					ServiceEnvironment.of(PlatformService.CERTIFICATES, this.config, SECRETS).get("SHENGSHI_CERT_KEK"));
		assertThat(ServiceEnvironment.of(PlatformService.CASES, this.config, SECRETS))
			.doesNotContainKeys("SHENGSHI_PAYMENT_SANDBOX_ENABLED", "SHENGSHI_PAYMENT_SANDBOX_CALLBACKSECRET");
	}

	@Test
	void paymentAdapterAlsoGetsWechatPayAgainstItsSandboxWithTheStacksDevKeys() {
		Map<String, String> payments = ServiceEnvironment.of(PlatformService.PAYMENTS, this.config, SECRETS);
		WechatPayDevKeys keys = WechatPayDevKeys.loadOrCreate(this.config.dataDir());

		assertThat(payments).containsEntry("SHENGSHI_PAYMENT_WECHAT_ENABLED", "true")
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_BASEURL", "http://127.0.0.1:28094")
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_MCHID", WechatPayDevKeys.MCH_ID)
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_NOTIFYURL",
					"http://127.0.0.1:28080/api/v1/payments/callbacks/wechat")
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_READTIMEOUT", "2000ms")
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_APIV3KEY", keys.apiV3Key())
			.containsEntry("SHENGSHI_PAYMENT_WECHAT_MERCHANTSERIALNO", keys.merchantSerial());
		assertThat(keys.apiV3Key()).hasSize(32);
		assertThat(payments.get("SHENGSHI_PAYMENT_WECHAT_MERCHANTPRIVATEKEY"))
			.startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(payments.get("SHENGSHI_PAYMENT_WECHAT_PLATFORMCERTIFICATES_0"))
			.startsWith("-----BEGIN CERTIFICATE-----");
		assertThat(WechatPayDevKeys.loadOrCreate(this.config.dataDir()).platformSerial())
			.as("generated once, then reused")
			.isEqualTo(keys.platformSerial());
		assertThat(ServiceEnvironment.of(PlatformService.CASES, this.config, SECRETS))
			.doesNotContainKeys("SHENGSHI_PAYMENT_WECHAT_ENABLED", "SHENGSHI_PAYMENT_WECHAT_MERCHANTPRIVATEKEY");
	}

	@Test
	void theGatewayGetsUpstreamUrlsButNoDatabaseNoPiiKeysAndNoClientSecret() {
		Map<String, String> env = ServiceEnvironment.of(PlatformService.GATEWAY, this.config, SECRETS);

		assertThat(env).containsEntry("SERVER_PORT", "28080")
			.containsEntry("SHENGSHI_GATEWAY_SERVICES_IDENTITY", "http://127.0.0.1:28081")
			.containsEntry("SHENGSHI_GATEWAY_SERVICES_CATALOG", "http://127.0.0.1:28082")
			.containsEntry("SHENGSHI_GATEWAY_SERVICES_CASES", "http://127.0.0.1:28083")
			.containsEntry("SHENGSHI_GATEWAY_SERVICES_PAYMENTS", "http://127.0.0.1:28084")
			.containsEntry("SHENGSHI_GATEWAY_SERVICES_CERTIFICATES", "http://127.0.0.1:28085")
			.containsEntry("SPRING_DATA_REDIS_PORT", "26380")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "shengshi-api");
		assertThat(env.keySet()).noneMatch((name) -> name.startsWith("SPRING_DATASOURCE"))
			.noneMatch((name) -> name.startsWith("SHENGSHI_PII"))
			.noneMatch((name) -> name.startsWith("SHENGSHI_KEYCLOAK_CLIENT"));
	}

	@Test
	void everyServiceGetsItsOwnDatabase() {
		for (PlatformService service : PlatformService.values()) {
			if (!service.isGateway()) {
				assertThat(ServiceEnvironment.of(service, this.config, SECRETS).get("SPRING_DATASOURCE_URL"))
					.contains("/" + service.database() + "?");
			}
		}
	}

}
