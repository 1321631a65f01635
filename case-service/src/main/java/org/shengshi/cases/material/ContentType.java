package org.shengshi.cases.material;

/** File types recognised from content. */
public enum ContentType {

	PDF("application/pdf"),

	/** OFD (GB/T 33190): a ZIP container whose root holds {@code OFD.xml}. */
	OFD("application/ofd"),

	PNG("image/png"),

	JPEG("image/jpeg"),

	/** Any other ZIP container. */
	ZIP("application/zip"),

	UNKNOWN("application/octet-stream");

	private final String mediaType;

	ContentType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
