package org.shengshi.identity.signup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies and answers of sign-up. Phone: a mainland mobile number; password: 8 to 64
 * characters with at least a letter and a digit. None of them print their values.
 */
final class SignupRequests {

	static final String PHONE = "^1[3-9][0-9]{9}$";

	private SignupRequests() {
	}

	record CodeRequest(@NotNull @Pattern(regexp = PHONE) String phone) {

		@Override
		public String toString() {
			return "CodeRequest[***]";
		}

	}

	record CodeSent(long expiresInSeconds, long resendAfterSeconds, int maxAttempts) {
	}

	record Signup(@NotNull @Pattern(regexp = PHONE) String phone, @NotNull @Pattern(regexp = "^[0-9]{6}$") String code,
			@NotBlank @Size(min = 8, max = 64) @Pattern(regexp = "^(?=.*[A-Za-z])(?=.*[0-9])\\S+$") String password) {

		@Override
		public String toString() {
			return "Signup[***]";
		}

	}

	record SignedUp(String subject, int loa) {
	}

}
