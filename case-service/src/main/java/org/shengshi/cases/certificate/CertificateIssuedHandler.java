package org.shengshi.cases.certificate;

import org.shengshi.cases.casefile.CertificateRecording;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Consumes {@code certificate.issued} from e-certificate-service's stream and shows the
 * certificate on the case it was issued for. Certificates not issued for a case (no
 * {@code caseId}, e.g. the resident e-ID) are ignored; the inbox makes a redelivery a
 * no-op.
 */
@Component
class CertificateIssuedHandler implements EventHandler {

	static final String SOURCE = "e-certificate-service";

	static final String TYPE = "certificate.issued";

	private final CertificateRecording recording;

	CertificateIssuedHandler(CertificateRecording recording) {
		this.recording = recording;
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
		CertificateIssued data = event.dataAs(CertificateIssued.class);
		if (data.caseId() == null) {
			return;
		}
		this.recording.record(data.caseId(), data.holderSubject(), data.certificateId(), data.identifier(),
				data.typeCode());
	}

}
