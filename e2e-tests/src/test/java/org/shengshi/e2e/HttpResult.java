package org.shengshi.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP answer: status, content type and body, with JSON access.
 */
record HttpResult(int status, String contentType, String location, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	JsonNode json() {
		return JSON.readTree(this.body);
	}

	String text(String field) {
		JsonNode value = json().get(field);
		return (value != null) ? value.asString() : null;
	}

	boolean isProblem() {
		return this.contentType.startsWith("application/problem+json");
	}

	@Override
	public String toString() {
		String shown = (this.body.length() > 500) ? this.body.substring(0, 500) + "..." : this.body;
		return this.status + " " + this.contentType + " " + shown;
	}

}
