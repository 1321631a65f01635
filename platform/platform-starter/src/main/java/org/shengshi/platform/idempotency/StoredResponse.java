package org.shengshi.platform.idempotency;

import java.util.List;
import java.util.Map;

/**
 * What Redis holds for one idempotency key: a reservation while the first request runs
 * ({@code state = IN_PROGRESS}, with the owner's random token), then the response to
 * replay ({@code state = DONE}).
 *
 * @param state {@code IN_PROGRESS} or {@code DONE}
 * @param owner random token of the request holding the reservation
 * @param requestHash SHA-256 of the request body, hex
 * @param status HTTP status of the stored response
 * @param contentType content type of the stored response
 * @param headers replayed headers of the stored response
 * @param body the stored response body
 */
record StoredResponse(String state, String owner, String requestHash, int status, String contentType,
		Map<String, List<String>> headers, byte[] body) {

	static final String IN_PROGRESS = "IN_PROGRESS";

	static final String DONE = "DONE";

	static StoredResponse inProgress(String owner, String requestHash) {
		return new StoredResponse(IN_PROGRESS, owner, requestHash, 0, null, Map.of(), new byte[0]);
	}

	static StoredResponse done(String requestHash, int status, String contentType, Map<String, List<String>> headers,
			byte[] body) {
		return new StoredResponse(DONE, null, requestHash, status, contentType, headers, body);
	}

	boolean finished() {
		return DONE.equals(this.state);
	}

}
