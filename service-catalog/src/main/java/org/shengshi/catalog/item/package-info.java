/**
 * The service item (政务服务事项) with the national elements: its GB/T 39554.1-style code,
 * type, implementing department and region, audience, legal basis, conditions, materials,
 * fee, time limits, visits, channels, process, windows, FAQs, life-event themes and form
 * schema; and {@link org.shengshi.catalog.item.ServiceItemValidator}, which reports
 * field-level errors.
 */
package org.shengshi.catalog.item;
