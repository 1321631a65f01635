package org.shengshi.catalog.items;

import java.util.regex.Pattern;

import org.shengshi.catalog.item.ServiceItem;

/**
 * The public item code: the GB/T 39554.1 basic code and the implementing department,
 * {@code QR00103001-440100-GA} (ADR 0020's {@code <basic code>@<department>} with a
 * URL-safe separator). One basic code is implemented by many departments; this code names
 * one of them and is what URLs, search results, events and cases carry.
 */
public final class ItemCodes {

	private static final Pattern PUBLIC_CODE = Pattern.compile("[A-Z]{2}\\d{8}-\\d{6}-[A-Z]{2,8}");

	private ItemCodes() {
	}

	public static String of(ServiceItem item) {
		return of(item.code(), item.departmentCode());
	}

	public static String of(String basicCode, String departmentCode) {
		return basicCode + "-" + departmentCode;
	}

	/** Whether {@code code} has the shape of a public item code. */
	public static boolean isWellFormed(String code) {
		return code != null && PUBLIC_CODE.matcher(code).matches();
	}

}
