/**
 * Field-level validation results shared by the catalog's validators (items, form schemas,
 * submitted forms, bundles, seed). A {@link org.shengshi.catalog.validation.FieldError}
 * has the same shape as an entry of the problem+json {@code errors} array: field, stable
 * code, message.
 */
package org.shengshi.catalog.validation;
