package org.shengshi.certificate.type;

/**
 * One field of a certificate type's schema.
 *
 * @param name field name, lower camel case, e.g. {@code idNumber}
 * @param label Chinese label, e.g. {@code 公民身份号码}
 * @param kind what the field holds
 * @param required whether every certificate of the type has it
 * @param personal whether it is personal data (masked in lists, never logged)
 */
public record FieldDefinition(String name, String label, FieldKind kind, boolean required, boolean personal) {
}
