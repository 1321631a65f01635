package org.shengshi.platform.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnvelopeCodecTest {

	private final EnvelopeCodec codec = new EnvelopeCodec(JsonMapper.shared());

	@Test
	void envelopeSurvivesTheRoundTripAndDataConvertsToARecord() {
		EventEnvelope envelope = new EventEnvelope("0195f0a0-0000-7000-8000-000000000001", "case.completed",
				"case-service", "c-1", Instant.parse("2025-03-01T08:30:15.120Z"), 2,
				this.codec.toTree(new CaseCompleted("c-1", 3)),
				"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

		EventEnvelope decoded = this.codec.decode(this.codec.encode(envelope));

		assertThat(decoded).isEqualTo(envelope);
		assertThat(decoded.dataAs(CaseCompleted.class)).isEqualTo(new CaseCompleted("c-1", 3));
	}

	@Test
	void encodesTheDocumentedFieldNamesAndAnIsoTime() {
		EventEnvelope envelope = new EventEnvelope("id-1", "payment.succeeded", "payment-adapter", null,
				Instant.parse("2025-03-01T08:30:15.120Z"), 1, this.codec.toTree(new CaseCompleted("x", 1)), null);

		String json = this.codec.encode(envelope);

		assertThat(json).startsWith("{\"id\":\"id-1\",\"type\":\"payment.succeeded\",\"source\":\"payment-adapter\"")
			.contains("\"time\":\"2025-03-01T08:30:15.120Z\"", "\"dataVersion\":1", "\"subject\":null",
					"\"traceparent\":null", "\"data\":{");
	}

	@Test
	void dataConversionIgnoresFieldsAddedByNewerProducers() {
		EventEnvelope envelope = this.codec.decode("""
				{"id":"e1","type":"case.completed","source":"case-service","time":"2025-03-01T08:30:15Z",
				 "dataVersion":1,"data":{"caseId":"c-9","steps":4,"addedLater":true}}""");

		assertThat(envelope.dataAs(CaseCompleted.class)).isEqualTo(new CaseCompleted("c-9", 4));
		assertThat(envelope.subject()).isNull();
		assertThat(envelope.traceparent()).isNull();
	}

	@Test
	void rejectsTextThatIsNoEnvelope() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.decode("{"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.decode("[]"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.codec.decode("{\"id\":\"e1\",\"type\":\"t\",\"source\":\"s\",\"time\":\"yesterday\"}"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.codec.decode("{\"type\":\"t\",\"source\":\"s\",\"time\":\"2025-03-01T08:30:15Z\"}"));
	}

	record CaseCompleted(String caseId, int steps) {
	}

}
