package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.CaseStatus;

/**
 * What other features may know of a case found for its applicant.
 *
 * @param id case id
 * @param applicantSub the applicant
 * @param departmentCode implementing department
 * @param itemCode item code
 * @param status current status
 */
public record CaseFacts(String id, String applicantSub, String departmentCode, String itemCode, CaseStatus status) {
}
