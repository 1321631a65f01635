package org.shengshi.identity.signup;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-up limits.
 *
 * @param codeLifetime how long a code may be used
 * @param maxAttempts wrong or right guesses allowed per code; the next one invalidates it
 * @param resendInterval minimum time between two codes for one phone
 * @param limitWindow window of the per-phone and per-address limits
 * @param codesPerPhone codes one phone may receive per window
 * @param codesPerAddress codes one client address may request per window
 * @param trustedProxies addresses (the gateway) whose {@code X-Forwarded-For} is believed
 * @param smsTemplate SMS template code of the message
 */
@Validated
@ConfigurationProperties("shengshi.identity.signup")
record SignupProperties(@NotNull @DefaultValue("5m") Duration codeLifetime, @Min(1) @DefaultValue("5") int maxAttempts,
		@NotNull @DefaultValue("60s") Duration resendInterval, @NotNull @DefaultValue("1h") Duration limitWindow,
		@Min(1) @DefaultValue("5") int codesPerPhone, @Min(1) @DefaultValue("20") int codesPerAddress,
		@DefaultValue("127.0.0.1") List<String> trustedProxies,
		@NotBlank @DefaultValue("SHENGSHI_SIGNUP_OTP") String smsTemplate) {

	SignupProperties {
		trustedProxies = List.copyOf(trustedProxies);
	}

}
