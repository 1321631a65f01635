package org.shengshi.cases.material;

import java.util.Set;

/**
 * Limits for uploaded materials.
 *
 * @param maxBytes largest accepted size
 * @param allowed types accepted, judged from content
 */
public record UploadPolicy(long maxBytes, Set<ContentType> allowed) {

	/** 20 MiB of PDF, OFD, PNG or JPEG. */
	public static final UploadPolicy DEFAULT = new UploadPolicy(20L * 1024 * 1024,
			Set.of(ContentType.PDF, ContentType.OFD, ContentType.PNG, ContentType.JPEG));

	public UploadPolicy {
		if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("maxBytes must be 1.." + (Integer.MAX_VALUE - 8));
		}
		allowed = Set.copyOf(allowed);
		if (allowed.contains(ContentType.UNKNOWN)) {
			throw new IllegalArgumentException("unrecognised content cannot be allowed");
		}
	}

}
