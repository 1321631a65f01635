package org.shengshi.cases.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shengshi.sla.warning-percent} (env {@code SHENGSHI_SLA_WARNING_PERCENT}, default
 * 80): share of the limit used from which a case shows as due soon.
 *
 * @param warningPercent 1..100
 */
@ConfigurationProperties("shengshi.sla")
record SlaProperties(@DefaultValue("80") int warningPercent) {
}
