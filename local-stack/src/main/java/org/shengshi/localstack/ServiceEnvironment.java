package org.shengshi.localstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables each service process gets: the local stack's answer to the
 * configuration properties the services read (see docs/architecture.md).
 */
final class ServiceEnvironment {

	static final String DEV_CLIENT_SECRET_SUFFIX = "-secret";

	private ServiceEnvironment() {
	}

	static Map<String, String> of(PlatformService service, StackConfig config, DevSecrets secrets) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(config.port(service)));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		env.put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
		env.put("SPRING_DATA_REDIS_PORT", String.valueOf(config.redisPort()));
		env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", config.issuerUri());
		env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
				config.issuerUri() + "/protocol/openid-connect/certs");
		env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", StackConfig.AUDIENCE);
		if (service.isGateway()) {
			putUpstreams(env, "SHENGSHI_GATEWAY_SERVICES_", "", config);
		}
		else {
			putServiceSettings(env, service, config, secrets);
		}
		return env;
	}

	private static void putServiceSettings(Map<String, String> env, PlatformService service, StackConfig config,
			DevSecrets secrets) {
		env.put("SPRING_DATASOURCE_URL", config.jdbcUrl(service.database()));
		env.put("SPRING_DATASOURCE_USERNAME", "root");
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("SHENGSHI_PII_ACTIVE_KEY_ID", secrets.activeKeyId());
		env.put(secrets.activeKeyVariable(), secrets.activeKey());
		env.put("SHENGSHI_PII_INDEX_KEY", secrets.indexKey());
		env.put("SHENGSHI_CERT_KEK", secrets.derivedKey("e-certificate-service/key-encryption-key"));
		for (Sandbox sandbox : Sandbox.values()) {
			env.put(sandbox.envVariable(), config.sandboxUrl(sandbox));
		}
		putUpstreams(env, "SHENGSHI_SERVICES_", "_URL", config);
		env.put("SHENGSHI_KEYCLOAK_URL", config.keycloakUrl());
		env.put("SHENGSHI_KEYCLOAK_REALM", StackConfig.REALM);
		env.put("SHENGSHI_KEYCLOAK_TOKEN_URI", config.issuerUri() + "/protocol/openid-connect/token");
		env.put("SHENGSHI_KEYCLOAK_CLIENT_ID", service.module());
		env.put("SHENGSHI_KEYCLOAK_CLIENT_SECRET", service.module() + DEV_CLIENT_SECRET_SUFFIX);
		if (service == PlatformService.PAYMENTS) {
			putPaymentSettings(env, config, secrets);
		}
	}

	/**
	 * payment-adapter's channels: the in-process sandbox channel, and WeChat Pay v3
	 * against its WireMock sandbox with the stack's generated dev keys (a real network
	 * channel that fault tests can slow down or cut). Short timeouts and a quick sweep,
	 * so a lost answer or notification is resolved within seconds.
	 */
	private static void putPaymentSettings(Map<String, String> env, StackConfig config, DevSecrets secrets) {
		env.put("SHENGSHI_PAYMENT_SANDBOX_ENABLED", "true");
		env.put("SHENGSHI_PAYMENT_SANDBOX_CALLBACKSECRET", paymentSandboxSecret(secrets));
		WechatPayDevKeys wechat = WechatPayDevKeys.loadOrCreate(config.dataDir());
		env.put("SHENGSHI_PAYMENT_WECHAT_ENABLED", "true");
		env.put("SHENGSHI_PAYMENT_WECHAT_BASEURL", config.sandboxUrl(Sandbox.WECHAT_PAY));
		env.put("SHENGSHI_PAYMENT_WECHAT_MCHID", WechatPayDevKeys.MCH_ID);
		env.put("SHENGSHI_PAYMENT_WECHAT_APPID", WechatPayDevKeys.APP_ID);
		env.put("SHENGSHI_PAYMENT_WECHAT_MERCHANTSERIALNO", wechat.merchantSerial());
		env.put("SHENGSHI_PAYMENT_WECHAT_MERCHANTPRIVATEKEY", wechat.merchantPrivateKeyPem());
		env.put("SHENGSHI_PAYMENT_WECHAT_APIV3KEY", wechat.apiV3Key());
		env.put("SHENGSHI_PAYMENT_WECHAT_PLATFORMCERTIFICATES_0", wechat.platformCertificatePem());
		env.put("SHENGSHI_PAYMENT_WECHAT_NOTIFYURL",
				config.serviceUrl(PlatformService.GATEWAY) + "/api/v1/payments/callbacks/wechat");
		env.put("SHENGSHI_PAYMENT_WECHAT_CONNECTTIMEOUT", "1s");
		env.put("SHENGSHI_PAYMENT_WECHAT_READTIMEOUT", StackConfig.CHANNEL_READ_TIMEOUT.toMillis() + "ms");
		env.put("SHENGSHI_PAYMENT_PREORDERTIMEOUT", "5s");
		env.put("SHENGSHI_PAYMENT_SWEEP_INTERVAL", "5s");
		env.put("SHENGSHI_PAYMENT_SWEEP_QUERYAFTER", "10s");
	}

	/**
	 * The secret of payment-adapter's in-process sandbox channel (development only): the
	 * local stack's tests act as that channel and sign its callbacks with it.
	 */
	static String paymentSandboxSecret(DevSecrets secrets) {
		return secrets.derivedKey("payment-adapter/sandbox-callback-secret");
	}

	private static void putUpstreams(Map<String, String> env, String prefix, String suffix, StackConfig config) {
		for (PlatformService upstream : PlatformService.values()) {
			if (!upstream.isGateway()) {
				env.put(prefix + upstream.envKey() + suffix, config.serviceUrl(upstream));
			}
		}
	}

}
