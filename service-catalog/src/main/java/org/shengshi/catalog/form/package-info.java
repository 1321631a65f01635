/**
 * An item's form schema (a small JSON-Schema-like format of our own): fields with a key,
 * label, type, constraints and an optional prefill source ({@code profile:<attribute>} or
 * {@code certificate:<typeCode>.<field>}).
 * {@link org.shengshi.catalog.form.FormSchemaValidator} checks a schema when it is
 * published; {@link org.shengshi.catalog.form.FormValidator} checks a submitted form
 * against it (case-service reuses it through the catalog API).
 */
package org.shengshi.catalog.form;
