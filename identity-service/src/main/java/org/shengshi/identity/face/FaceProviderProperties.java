package org.shengshi.identity.face;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The face verification provider (sandbox locally; {@code SHENGSHI_SANDBOX_FACE_URL}).
 */
@ConfigurationProperties("shengshi.sandbox.face")
record FaceProviderProperties(@DefaultValue("http://127.0.0.1:8093") String url,
		@DefaultValue("1s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

}
