package org.shengshi.certificate.type;

/**
 * The department that issues and signs certificates of a type.
 *
 * @param code department code, e.g. {@code 440100-GA}
 * @param creditCode its unified social credit code (the identifier's issuer code)
 * @param name its name
 */
public record IssuingDepartment(String code, String creditCode, String name) {
}
