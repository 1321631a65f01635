package org.shengshi.identity.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.shengshi.identity.signup.SignupRequests.CodeRequest;
import org.shengshi.identity.signup.SignupRequests.CodeSent;
import org.shengshi.identity.signup.SignupRequests.SignedUp;
import org.shengshi.identity.signup.SignupRequests.Signup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous sign-up (public paths here and at the gateway).
 */
@RestController
class SignupController {

	private final SignupService signups;

	private final SignupProperties properties;

	SignupController(SignupService signups, SignupProperties properties) {
		this.signups = signups;
		this.properties = properties;
	}

	/**
	 * Sends a one-time code to the phone by SMS.
	 */
	@PostMapping("/api/v1/identity/signup/otp")
	@ResponseStatus(HttpStatus.ACCEPTED)
	CodeSent sendCode(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
		return this.signups.sendCode(request.phone(), ClientAddress.of(http, this.properties.trustedProxies()));
	}

	/**
	 * Opens the account (loa 1) with the code and a password.
	 */
	@PostMapping("/api/v1/identity/signup")
	@ResponseStatus(HttpStatus.CREATED)
	SignedUp signUp(@Valid @RequestBody Signup request) {
		return this.signups.signUp(request.phone(), request.code(), request.password());
	}

}
