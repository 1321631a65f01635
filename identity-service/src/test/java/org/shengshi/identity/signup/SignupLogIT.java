package org.shengshi.identity.signup;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.identity.support.FaceSandbox;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.identity.support.SmsSandbox;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No phone number, one-time code, password or ID number in any log line of sign-up and
 * face step-up, even with debug logging of our code and of Spring's web stack.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignupLogIT extends IdentityServiceIT {

	private static final Pattern RAW_PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

	@Test
	void signupAndFaceStepUpLogNoPersonalData(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("org.shengshi", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
		String phone = SignupIT.freshPhone();
		String failing = SignupIT.freshPhone();
		String code;
		VerifiedResident resident;
		try {
			SmsSandbox.isDownFor(failing);
			http().post(SignupIT.OTP, "{\"phone\":\"" + failing + "\"}", "X-Forwarded-For", SignupIT.freshAddress());
			http().post(SignupIT.OTP, "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", SignupIT.freshAddress());
			code = SmsSandbox.lastCodeSentTo(phone);
			http().post(SignupIT.SIGNUP,
					"{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"password\":\"Secret-Pw-991\"}");
			resident = verifiedResident("欧阳锋");
			FaceSandbox.fails(resident.idNumber());
			http().post("/api/v1/identity/face-verifications", "{\"livenessToken\":\"lv-log\"}",
					auth(TOKENS.resident(resident.subject()).loa(2).bearer()));
		}
		finally {
			logging.setLogLevel("org.shengshi", null);
			logging.setLogLevel("org.springframework.web", null);
		}

		String logs = output.getAll();
		assertThat(logs).contains("Resident signed up: subject")
			.contains("SMS gateway did not take a sign-up code")
			.contains("Face verification failed for subject " + resident.subject());
		assertThat(RAW_PHONE.matcher(logs).find()).as("a raw phone number in the logs").isFalse();
		assertThat(logs).doesNotContain("\"" + code + "\"")
			.doesNotContain("Secret-Pw-991")
			.doesNotContain(resident.idNumber())
			.doesNotContain("欧阳锋");
	}

}
