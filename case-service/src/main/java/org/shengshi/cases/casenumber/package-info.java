/**
 * The human case number {@code <region 6 digits>-<yyyyMMdd>-<seq>}, e.g.
 * {@code 440100-20250301-000042}: the administrative region (GB/T 2260), the filing date
 * in Asia/Shanghai and a per-region, per-day sequence of at least six digits.
 */
package org.shengshi.cases.casenumber;
