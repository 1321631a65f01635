package org.shengshi.cases.problem;

/**
 * One field of an application form that failed validation.
 *
 * @param field the field name from the item's form schema
 * @param code {@code REQUIRED}, {@code UNKNOWN_FIELD} or {@code TOO_LONG}
 * @param message what is wrong, without the value
 */
public record FormFieldProblem(String field, String code, String message) {
}
