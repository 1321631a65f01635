package org.shengshi.identity.signup;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.identity.support.RecordingIdentityProvider.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.identity.support.SmsSandbox.acceptsMessagesTo;
import static org.shengshi.identity.support.SmsSandbox.isDownFor;
import static org.shengshi.identity.support.SmsSandbox.lastCodeSentTo;
import static org.shengshi.identity.support.SmsSandbox.messagesTo;
import static org.shengshi.identity.support.SmsSandbox.refusesMessagesTo;

class SignupIT extends IdentityServiceIT {

	static final String OTP = "/api/v1/identity/signup/otp";

	static final String SIGNUP = "/api/v1/identity/signup";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void codeBySmsThenSignupCreatesAResidentWithLoa1AndAnEncryptedAccount() {
		String phone = freshPhone();
		acceptsMessagesTo(phone);

		Reply sent = requestCode(phone, freshAddress());
		assertThat(sent.status()).isEqualTo(202);
		assertThat(sent.json().get("expiresInSeconds").asLong()).isEqualTo(300);
		String code = lastCodeSentTo(phone);
		assertThat(code).matches("[0-9]{6}");
		assertThat(messagesTo(phone).get(0).get("templateCode").asString()).isEqualTo("SHENGSHI_SIGNUP_OTP");

		Reply created = signUp(phone, code, "secret123");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("loa").asInt()).isEqualTo(1);
		User user = this.identityProvider.user(created.json().get("subject").asString());
		assertThat(user.username).isEqualTo(phone);
		assertThat(user.attributes).containsEntry("loa", "1").containsEntry("phone", phone);
		assertThat(user.roles).containsExactly("resident");
		assertThat(user.password).isEqualTo("secret123");
		String stored = this.jdbc.queryForObject("SELECT phone_enc FROM resident_account WHERE subject = ?",
				String.class, user.subject);
		assertThat(stored).startsWith("v1.").doesNotContain(phone);
	}

	@Test
	void redisKeepsNeitherThePhoneNorThePlainCode() {
		String phone = freshPhone();
		requestCode(phone, freshAddress());
		String code = lastCodeSentTo(phone);

		Set<String> keys = this.redis.keys("identity:signup:*");
		assertThat(keys).isNotEmpty().noneMatch((key) -> key.contains(phone));
		for (String key : keys) {
			if (key.startsWith("identity:signup:code:")) {
				assertThat(this.redis.opsForHash().values(key)).noneMatch((value) -> value.toString().contains(code));
				assertThat(this.redis.getExpire(key)).isBetween(1L, 300L);
			}
		}
	}

	@Test
	void theSixthAttemptIsRefusedAndTheCodeNoLongerWorks() {
		String phone = freshPhone();
		requestCode(phone, freshAddress());
		String code = lastCodeSentTo(phone);
		String wrong = code.equals("000000") ? "111111" : "000000";

		for (int attempt = 1; attempt <= 5; attempt++) {
			Reply reply = signUp(phone, wrong, "secret123");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.code()).isEqualTo("OTP_INVALID");
			assertThat(reply.json().get("attemptsLeft").asInt()).isEqualTo(5 - attempt);
		}
		Reply sixth = signUp(phone, code, "secret123");

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.code()).isEqualTo("OTP_ATTEMPTS_EXCEEDED");
		assertThat(signUp(phone, code, "secret123").code()).isEqualTo("OTP_ATTEMPTS_EXCEEDED");
		assertThat(this.identityProvider.userNamed(phone)).isNull();
	}

	@Test
	void aSecondCodeWithinTheResendIntervalIsRefusedWithRetryAfter() {
		String phone = freshPhone();
		String address = freshAddress();
		assertThat(requestCode(phone, address).status()).isEqualTo(202);

		Reply again = requestCode(phone, address);

		assertThat(again.status()).isEqualTo(429);
		assertThat(again.code()).isEqualTo("OTP_RESEND_TOO_SOON");
		assertThat(Integer.parseInt(again.response().headers().firstValue("Retry-After").orElseThrow())).isBetween(1,
				30);
		assertThat(messagesTo(phone)).hasSize(1);
	}

	@Test
	void onePhoneGetsAtMostItsCodesPerWindow() {
		String phone = freshPhone();
		for (int i = 0; i < 3; i++) {
			assertThat(requestCode(phone, freshAddress()).status()).isEqualTo(202);
			resendIntervalPasses();
		}

		Reply fourth = requestCode(phone, freshAddress());

		assertThat(fourth.status()).isEqualTo(429);
		assertThat(fourth.code()).isEqualTo("OTP_PHONE_LIMIT");
		assertThat(messagesTo(phone)).hasSize(3);
	}

	@Test
	void oneClientAddressGetsAtMostItsCodesPerWindow() {
		String address = freshAddress();
		for (int i = 0; i < 4; i++) {
			assertThat(requestCode(freshPhone(), address).status()).isEqualTo(202);
		}
		String phone = freshPhone();

		Reply fifth = requestCode(phone, address);

		assertThat(fifth.status()).isEqualTo(429);
		assertThat(fifth.code()).isEqualTo("OTP_ADDRESS_LIMIT");
		assertThat(messagesTo(phone)).isEmpty();
		assertThat(requestCode(phone, freshAddress()).status()).isEqualTo(202);
	}

	@Test
	void aDuplicatePhoneIsAConflictWithAStableCode() {
		String phone = freshPhone();
		requestCode(phone, freshAddress());
		assertThat(signUp(phone, lastCodeSentTo(phone), "secret123").status()).isEqualTo(201);
		resendIntervalPasses();
		requestCode(phone, freshAddress());

		Reply again = signUp(phone, lastCodeSentTo(phone), "other456");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("PHONE_ALREADY_REGISTERED");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM resident_account", Integer.class)).isPositive();
	}

	@Test
	void anSmsGatewayFailureIs503AndLeavesNoCodeAndNoSpentSlot() {
		String phone = freshPhone();
		String address = freshAddress();
		isDownFor(phone);

		Reply failed = requestCode(phone, address);

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.contentType()).startsWith("application/problem+json");
		assertThat(failed.code()).isEqualTo("SMS_UNAVAILABLE");
		assertThat(failed.json().get("retriable").asBoolean()).isTrue();
		assertThat(signUp(phone, "123456", "secret123").code()).isEqualTo("OTP_EXPIRED");
		refusesMessagesTo(phone);
		assertThat(requestCode(phone, address).code()).isEqualTo("SMS_UNAVAILABLE");
		acceptsMessagesTo(phone);
		assertThat(requestCode(phone, address).status()).isEqualTo(202);
	}

	@Test
	void aKeycloakFailureIs503AndTheSameCodeWorksOnRetry() {
		String phone = freshPhone();
		requestCode(phone, freshAddress());
		String code = lastCodeSentTo(phone);
		this.identityProvider.goDown();
		Reply failed;
		try {
			failed = signUp(phone, code, "secret123");
		}
		finally {
			this.identityProvider.comeBack();
		}

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
		assertThat(this.identityProvider.userNamed(phone)).isNull();
		assertThat(signUp(phone, code, "secret123").status()).isEqualTo(201);
	}

	@Test
	void whenTheAccountRowCannotBeWrittenTheKeycloakUserIsDeletedAgain() {
		String phone = freshPhone();
		String taken = java.util.UUID.randomUUID().toString();
		this.jdbc.update(
				"INSERT INTO resident_account (id, subject, phone_enc, phone_index, created_at) "
						+ "VALUES (?, ?, 'v1.x', ?, UTC_TIMESTAMP(3))",
				java.util.UUID.randomUUID().toString(), taken, taken);
		this.identityProvider.nextSubjectIs(taken);
		requestCode(phone, freshAddress());

		Reply failed = signUp(phone, lastCodeSentTo(phone), "secret123");

		assertThat(failed.status()).isEqualTo(503);
		assertThat(failed.code()).isEqualTo("SIGNUP_NOT_COMPLETED");
		assertThat(this.identityProvider.calls()).contains("deleteUser " + taken);
		assertThat(this.identityProvider.userNamed(phone)).isNull();
	}

	@Test
	void malformedInputIs400ProblemJson() {
		String address = freshAddress();
		assertThat(requestCode("12345", address).status()).isEqualTo(400);
		assertThat(requestCode("12345", address).contentType()).startsWith("application/problem+json");
		Reply notJson = http().post(OTP, "{phone:", "X-Forwarded-For", address);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.contentType()).startsWith("application/problem+json");
		String phone = freshPhone();
		assertThat(signUp(phone, "12ab56", "secret123").status()).isEqualTo(400);
		assertThat(signUp(phone, "123456", "short1").status()).isEqualTo(400);
		assertThat(signUp(phone, "123456", "onlyletters").status()).isEqualTo(400);
		assertThat(signUp(phone, "123456", "secret123").code()).isEqualTo("OTP_EXPIRED");
	}

	/**
	 * The resend interval (30 s in these tests) ends now for every phone.
	 */
	private void resendIntervalPasses() {
		this.redis.delete(this.redis.keys("identity:signup:resend:*"));
	}

	private Reply requestCode(String phone, String address) {
		return http().post(OTP, "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", address);
	}

	private Reply signUp(String phone, String code, String password) {
		return http().post(SIGNUP,
				"{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"password\":\"" + password + "\"}");
	}

	static String freshPhone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static String freshAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

}
