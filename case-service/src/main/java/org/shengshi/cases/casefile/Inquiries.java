package org.shengshi.cases.casefile;

import java.util.List;
import java.util.Map;

import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consultations and complaints (咨询投诉): filed by a resident to a department, they are
 * cases of their own kind. Filing is acceptance: the working-day clock starts at once
 * with the department's promised limit ({@link InquiryLimits}), so they sit in the
 * department's work queue, due-soon and overdue lists like applications; officers claim,
 * answer and close them through the usual actions. The subject and text are stored
 * encrypted like form values.
 */
@Service
class Inquiries {

	static final String TOPIC = "topic";

	static final String QUESTION = "question";

	private static final int REGION_DIGITS = 6;

	private final Filing filing;

	private final CaseAccess access;

	private final CaseTransitions transitions;

	private final TimelineMapper timeline;

	private final InquiryLimits limits;

	private final TransactionTemplate tx;

	Inquiries(Filing filing, CaseAccess access, CaseTransitions transitions, TimelineMapper timeline,
			InquiryLimits limits, TransactionTemplate tx) {
		this.filing = filing;
		this.access = access;
		this.transitions = transitions;
		this.timeline = timeline;
		this.limits = limits;
		this.tx = tx;
	}

	InquiryView file(CurrentUser resident, NewInquiry request) {
		CaseKind kind = request.kind();
		if (!kind.inquiry()) {
			throw invalid("kind must be CONSULTATION or COMPLAINT; applications are filed at /api/v1/cases");
		}
		CaseRow draft = new CaseRow();
		draft.kind = kind.name();
		if (request.relatedCaseId() != null) {
			draft.relatedCaseId = relatedCase(kind, request.relatedCaseId(), resident).id;
		}
		ItemSnapshot item = snapshot(kind, request.departmentCode());
		Map<String, String> text = Map.of(TOPIC, request.topic(), QUESTION, request.question());
		Actor applicant = new Actor(resident.subject(), ActorRole.APPLICANT);
		CaseRow filed = this.tx.execute((status) -> {
			CaseRow row = this.filing.insertDraft(draft, item, text, resident.subject(), resident.subject(),
					Filing.ONLINE);
			return this.transitions.apply(row, row.version, CaseAction.SUBMIT, applicant, ActionInput.none());
		});
		return view(filed);
	}

	/** The consultation or complaint for its resident or an officer of its department. */
	InquiryView find(String id, CurrentUser user) {
		CaseRow row = this.access.forActor(id, user).row();
		if (!row.caseKind().inquiry()) {
			throw CaseAccess.notFound();
		}
		return view(row);
	}

	private InquiryView view(CaseRow row) {
		Map<String, String> text = this.filing.formValues(row);
		TimelineEntry answer = this.timeline.listByCase(row.id)
			.stream()
			.filter((entry) -> CaseAction.ANSWER.name().equals(entry.action()))
			.reduce((first, second) -> second)
			.orElse(null);
		return InquiryView.of(row, text.get(TOPIC), text.get(QUESTION), answer);
	}

	/**
	 * A complaint may name one of the resident's own applications; others are not found.
	 */
	private CaseRow relatedCase(CaseKind kind, String relatedCaseId, CurrentUser resident) {
		if (kind != CaseKind.COMPLAINT) {
			throw invalid("only a complaint may name a case");
		}
		CaseRow related = this.access.forApplicant(relatedCaseId, resident);
		if (related.caseKind().inquiry()) {
			throw invalid("a complaint may name an application, not a consultation or complaint");
		}
		return related;
	}

	/**
	 * What the case stores in place of an item version: the kind, the department and its
	 * promised limit, no materials, the two text fields.
	 */
	private ItemSnapshot snapshot(CaseKind kind, String department) {
		List<ItemSnapshot.FormField> fields = List.of(new ItemSnapshot.FormField(TOPIC, "主题", true, 100, null),
				new ItemSnapshot.FormField(QUESTION, "内容", true, 2000, null));
		return new ItemSnapshot(kind.name(), 1, kind.label(), "PUBLISHED", department,
				department.substring(0, REGION_DIGITS), this.limits.limitFor(kind, department), false, 0, List.of(),
				fields, null);
	}

	private static CaseRuleException invalid(String detail) {
		return new CaseRuleException(CaseErrorCode.INQUIRY_INVALID, detail);
	}

}
