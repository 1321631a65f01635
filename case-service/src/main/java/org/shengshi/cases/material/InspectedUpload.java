package org.shengshi.cases.material;

/**
 * An upload that passed the checks, ready for the file store.
 *
 * @param contentType type found from the content
 * @param size bytes
 * @param sha256 lower-case hex SHA-256 of the content
 * @param content the bytes
 */
public record InspectedUpload(ContentType contentType, long size, String sha256, byte[] content) {

	public ProvidedMaterial.Upload asMaterial(String materialCode) {
		return new ProvidedMaterial.Upload(materialCode, this.contentType, this.sha256, this.size);
	}

}
