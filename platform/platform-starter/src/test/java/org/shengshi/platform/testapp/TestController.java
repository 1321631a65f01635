package org.shengshi.platform.testapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.shengshi.platform.pii.Masking;
import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;
import org.shengshi.platform.web.RequestId;
import org.shengshi.platform.web.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

@RestController
@RequestMapping(path = "/test", produces = MediaType.APPLICATION_JSON_VALUE)
class TestController {

	private static final Logger log = LoggerFactory.getLogger(TestController.class);

	private final RestClient.Builder restClientBuilder;

	TestController(RestClient.Builder restClientBuilder) {
		this.restClientBuilder = restClientBuilder;
	}

	@PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> apply(@Valid @RequestBody ApplicationRequest request) {
		return Map.of("name", Masking.name(request.name()), "phone", Masking.phone(request.phone()));
	}

	@GetMapping("/items/{id}")
	Map<String, Long> item(@PathVariable long id) {
		return Map.of("id", id);
	}

	@GetMapping("/search")
	List<String> search(@RequestParam String q, @RequestParam(defaultValue = "1") @Min(1) int page) {
		return List.of(q + "#" + page);
	}

	@GetMapping("/officer")
	@PreAuthorize("hasRole('case_officer')")
	Map<String, String> officer(CurrentUser user) {
		return Map.of("department", user.requireDepartment());
	}

	@GetMapping("/me")
	Map<String, Object> me(CurrentUser user) {
		return describe(user);
	}

	@GetMapping("/me/static")
	Map<String, Object> meStatic() {
		return describe(CurrentUser.current());
	}

	@GetMapping("/sensitive")
	Map<String, Integer> sensitive(CurrentUser user) {
		return Map.of("loa", user.requireLoa(3).loa());
	}

	@GetMapping("/department")
	Map<String, String> department(CurrentUser user) {
		return Map.of("department", user.requireDepartment());
	}

	@GetMapping("/cases/{number}")
	Map<String, String> caseFile(@PathVariable String number) {
		throw new ProblemException(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "办件不存在", "Case not found")
			.detail("找不到该办件。", "No such case.")
			.with("caseNumber", number);
	}

	@GetMapping("/boom")
	Map<String, String> boom() {
		throw new IllegalStateException("jdbc:mysql://db-internal:3306 refused for resident 13812345678");
	}

	@GetMapping("/database-gone/{how}")
	Map<String, String> databaseGone(@PathVariable String how) {
		java.sql.SQLRecoverableException linkFailure = new java.sql.SQLRecoverableException(
				"Communications link failure to db-internal:3306");
		throw switch (how) {
			case "no-connection" -> new org.springframework.transaction.CannotCreateTransactionException(
					"Could not open JDBC Connection for transaction",
					new java.sql.SQLNonTransientConnectionException("Communications link failure to db-internal:3306"));
			case "query-cut" ->
				new org.springframework.dao.RecoverableDataAccessException("JDBC query failed", linkFailure);
			case "commit-cut" -> new org.springframework.transaction.TransactionSystemException(
					"Could not commit JDBC transaction", linkFailure);
			default -> new IllegalStateException("unknown way to lose the database: " + how);
		};
	}

	@GetMapping("/conflict")
	Map<String, String> conflict() {
		throw new OptimisticLockingFailureException("row version 3 changed");
	}

	@GetMapping("/log")
	Map<String, String> log(@RequestParam String phone, @RequestParam String idNumber) {
		log.info("checking resident phone={} idNumber={}", phone, idNumber);
		return Map.of("requestId", RequestId.current().orElse(""));
	}

	@GetMapping("/public/ping")
	Map<String, String> ping() {
		return Map.of("pong", "true");
	}

	@GetMapping("/outbound")
	Map<String, String> outbound(@RequestParam int port) {
		String downstream = this.restClientBuilder.build()
			.get()
			.uri("http://127.0.0.1:" + port + "/downstream")
			.retrieve()
			.body(String.class);
		Map<String, String> result = new LinkedHashMap<>();
		result.put("traceparent", TraceContext.currentTraceparent().orElse(""));
		result.put("downstream", downstream);
		return result;
	}

	private static Map<String, Object> describe(CurrentUser user) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("subject", user.subject());
		result.put("roles", user.roles());
		result.put("department", user.department());
		result.put("loa", user.loa());
		result.put("clientId", user.clientId());
		return result;
	}

}
