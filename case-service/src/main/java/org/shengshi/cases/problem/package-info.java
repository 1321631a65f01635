/**
 * Stable error codes of the case domain. Domain code throws {@link CaseRuleException}
 * carrying a {@link CaseErrorCode}; the web layer turns it into problem+json with the
 * code, the HTTP status and the Chinese or English title.
 */
package org.shengshi.cases.problem;
