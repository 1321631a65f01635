package org.shengshi.identity.realname;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.identity.support.IdNumbers;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.identity.support.PopulationRegistrySandbox.isDown;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsMatch;
import static org.shengshi.identity.support.PopulationRegistrySandbox.reportsNameMismatch;

/**
 * No raw ID number, phone number or name in any log line of a real-name verification,
 * even with debug logging of our code and of Spring's web stack.
 */
@ExtendWith(OutputCaptureExtension.class)
class RealNameLogIT extends IdentityServiceIT {

	/**
	 * A mobile number standing alone (not the tail of a hex id such as a request id).
	 */
	private static final Pattern RAW_PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

	@Test
	void verificationLogsNeitherIdNumbersNorPhonesNorNames(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.shengshi", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
		String subject = UUID.randomUUID().toString();
		this.identityProvider.register(subject, "log-" + subject);
		String matching = IdNumbers.fresh();
		String mismatching = IdNumbers.fresh();
		String down = IdNumbers.fresh();
		reportsMatch(matching);
		reportsNameMismatch(mismatching);
		isDown(down);
		try {
			String token = TOKENS.resident(subject).loa(1).bearer();
			for (String id : new String[] { mismatching, down, matching }) {
				http().post(RealNameIT.PATH,
						"{\"name\":\"欧阳娜娜\",\"idNumber\":\"" + id + "\",\"phone\":\"13812345678\"}", auth(token));
			}
		}
		finally {
			logging.setLogLevel("org.shengshi", null);
			logging.setLogLevel("org.springframework.web", null);
		}

		String logs = output.getAll();
		assertThat(logs).contains("Real-name verified for subject " + subject)
			.contains("Population registry unavailable for subject " + subject);
		for (String id : new String[] { matching, mismatching, down }) {
			assertThat(logs).doesNotContain(id).doesNotContain(id.substring(0, 17));
		}
		assertThat(logs).doesNotContain("欧阳娜娜");
		assertThat(RAW_PHONE.matcher(logs).find()).as("a raw phone number in the logs").isFalse();
	}

}
