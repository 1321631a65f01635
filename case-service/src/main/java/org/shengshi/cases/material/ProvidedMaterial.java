package org.shengshi.cases.material;

/** A material the applicant supplied for a case. */
public sealed interface ProvidedMaterial {

	String materialCode();

	/**
	 * An uploaded file, already inspected.
	 *
	 * @param materialCode the guide's material code
	 * @param contentType type found from the content
	 * @param sha256 hex SHA-256 of the content
	 * @param size bytes
	 */
	record Upload(String materialCode, ContentType contentType, String sha256, long size) implements ProvidedMaterial {
	}

	/**
	 * One of the applicant's e-certificates the applicant authorises the department to
	 * read.
	 *
	 * @param materialCode the guide's material code
	 * @param certificateType the certificate's type code
	 * @param certificateId the certificate's identifier
	 */
	record CertificateReference(String materialCode, String certificateType,
			String certificateId) implements ProvidedMaterial {
	}

}
