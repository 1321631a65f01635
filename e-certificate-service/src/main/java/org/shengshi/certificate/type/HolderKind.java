package org.shengshi.certificate.type;

/**
 * Who holds certificates of a type.
 */
public enum HolderKind {

	/** A natural person (自然人). */
	PERSON,
	/** A legal person or other organisation (法人). */
	ORGANIZATION

}
