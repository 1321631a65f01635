package org.shengshi.identity.signup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS gateway (sandbox locally; {@code SHENGSHI_SANDBOX_SMS_URL}).
 */
@ConfigurationProperties("shengshi.sandbox.sms")
record SmsProperties(@DefaultValue("http://127.0.0.1:8091") String url, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("3s") Duration readTimeout) {

}
