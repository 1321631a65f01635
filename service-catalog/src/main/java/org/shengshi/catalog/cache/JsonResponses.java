package org.shengshi.catalog.cache;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses whose body is JSON already written, as {@link JsonCache} returns it. */
public final class JsonResponses {

	private JsonResponses() {
	}

	/** {@code 200} with {@code json} as an {@code application/json} body. */
	public static ResponseEntity<byte[]> ok(byte[] json) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

}
