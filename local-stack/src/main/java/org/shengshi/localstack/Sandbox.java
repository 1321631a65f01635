package org.shengshi.localstack;

/**
 * External systems the platform talks to, each a WireMock sandbox with its mappings under
 * {@code sandboxes/<name>/mappings} on the classpath.
 */
public enum Sandbox {

	SMS("sms", "SMS sandbox", 8091, "SHENGSHI_SANDBOX_SMS_URL"),

	REGISTRY("population-registry", "population registry sandbox", 8092, "SHENGSHI_SANDBOX_REGISTRY_URL"),

	FACE("face-verification", "face verification sandbox", 8093, "SHENGSHI_SANDBOX_FACE_URL"),

	WECHAT_PAY("wechat-pay", "WeChat Pay sandbox", 8094, "SHENGSHI_SANDBOX_WECHATPAY_URL"),

	ALIPAY("alipay", "Alipay sandbox", 8095, "SHENGSHI_SANDBOX_ALIPAY_URL"),

	UNIONPAY("unionpay", "UnionPay sandbox", 8096, "SHENGSHI_SANDBOX_UNIONPAY_URL");

	private final String directory;

	private final String displayName;

	private final int basePort;

	private final String envVariable;

	Sandbox(String directory, String displayName, int basePort, String envVariable) {
		this.directory = directory;
		this.displayName = displayName;
		this.basePort = basePort;
		this.envVariable = envVariable;
	}

	public String directory() {
		return this.directory;
	}

	public String displayName() {
		return this.displayName;
	}

	public int basePort() {
		return this.basePort;
	}

	/**
	 * Environment variable through which every service receives this sandbox's base URL.
	 */
	public String envVariable() {
		return this.envVariable;
	}

	String classpathRoot() {
		return "sandboxes/" + this.directory;
	}

}
