package org.shengshi.certificate.type;

/**
 * What a certificate field holds; decides validation and masking in the service layer.
 */
public enum FieldKind {

	/** Free text such as a name or an address. */
	TEXT,
	/** A calendar date, {@code yyyy-MM-dd}. */
	DATE,
	/** A resident identity number (公民身份号码). */
	ID_NUMBER,
	/** A unified social credit code. */
	CREDIT_CODE,
	/** A reference to a stored photo, never the image itself. */
	PHOTO_REF,
	/** A number, e.g. an area in square metres or capital in fen. */
	NUMBER,
	/** A code from a fixed list, e.g. a licence class. */
	CODE

}
