package org.shengshi.platform.logging;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the masked JSON formatter the console log format of every service, unless the
 * service sets {@code logging.structured.format.console} itself.
 * {@code shengshi.log.format} (env {@code SHENGSHI_LOG_FORMAT}) chooses {@code json}
 * (default) or {@code text}, both masked.
 */
public class LoggingFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String FORMAT_PROPERTY = "shengshi.log.format";

	static final String CONSOLE_FORMAT = "logging.structured.format.console";

	private static final String SOURCE_NAME = "shengshiLogFormat";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(CONSOLE_FORMAT) || environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		String formatter = formatterFor(environment.getProperty(FORMAT_PROPERTY, "json"));
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, Map.of(CONSOLE_FORMAT, formatter)));
	}

	static String formatterFor(String format) {
		return switch (format.trim().toLowerCase(Locale.ROOT)) {
			case "json" -> JsonLogFormatter.class.getName();
			case "text" -> MaskedTextLogFormatter.class.getName();
			default -> throw new IllegalStateException(
					FORMAT_PROPERTY + " (env SHENGSHI_LOG_FORMAT) must be 'json' or 'text', got '" + format + "'");
		};
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
