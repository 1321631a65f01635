package org.shengshi.certificate.status;

import java.util.Arrays;

/**
 * Status of an electronic certificate, with the two-digit code used in certificate data
 * exchange (证照状态代码) and its Chinese label. {@code 06} (办理转出, transferred out) and
 * {@code 99} (其他) exist in some provincial systems and are not used here.
 */
public enum CertificateStatus {

	/** 有效: in force, can be presented and verified. */
	VALID("01", "有效"),
	/**
	 * 暂扣: withheld by the issuer for a while (e.g. licence suspension); can be restored.
	 */
	SUSPENDED("02", "暂扣"),
	/**
	 * 撤销: annulled by the issuer because it should not have been issued (issuer error,
	 * fraud).
	 */
	REVOKED("03", "撤销"),
	/**
	 * 注销: deregistered, e.g. the holder cancelled it, died, or the entity was dissolved.
	 */
	CANCELLED("04", "注销"),
	/** 失效: its validity period ended. */
	EXPIRED("05", "失效"),
	/** 吊销: withdrawn as an administrative sanction. */
	WITHDRAWN("07", "吊销");

	private final String code;

	private final String label;

	CertificateStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** Stable two-digit status code. */
	public String code() {
		return this.code;
	}

	/** Chinese name of the status. */
	public String label() {
		return this.label;
	}

	/** Whether no event can change this status any more. */
	public boolean isTerminal() {
		return CertificateTransitions.isTerminal(this);
	}

	/**
	 * Whether a certificate in this status may be presented and verified as authentic and
	 * in force.
	 */
	public boolean isUsable() {
		return this == VALID;
	}

	/**
	 * The status with a given code.
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static CertificateStatus fromCode(String code) {
		return Arrays.stream(values())
			.filter((status) -> status.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown certificate status code"));
	}

}
