package org.shengshi.cases.instant;

import org.shengshi.cases.casefile.InstantCompletion;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Consumes {@code resident.face-verified} from identity-service's stream: the resident's
 * submitted instant cases (即办) are completed. The starter's inbox makes a redelivered
 * event a no-op; the case's status check makes a second verification one too.
 */
@Component
class FaceVerifiedHandler implements EventHandler {

	static final String SOURCE = "identity-service";

	static final String TYPE = "resident.face-verified";

	private static final int FACE_LOA = 3;

	private final InstantCompletion completion;

	FaceVerifiedHandler(InstantCompletion completion) {
		this.completion = completion;
	}

	@Override
	public String sourceStream() {
		return SOURCE;
	}

	@Override
	public boolean handles(String type) {
		return TYPE.equals(type);
	}

	@Override
	public void handle(EventEnvelope event) {
		FaceVerified data = event.dataAs(FaceVerified.class);
		if (data.loa() >= FACE_LOA) {
			this.completion.faceVerified(data.subject(), data.loaExpiresAt());
		}
	}

}
