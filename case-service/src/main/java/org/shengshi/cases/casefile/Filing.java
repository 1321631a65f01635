package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.shengshi.cases.catalog.CatalogClient;
import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.cases.prefill.Prefill;
import org.shengshi.cases.prefill.Prefilling;
import org.shengshi.cases.remote.IdentityClient;
import org.shengshi.platform.pii.EncryptedString;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files cases: a draft, a submission, or a walk-in at the window. The item version comes
 * from service-catalog before any transaction starts and is stored whole on the case.
 * Form values may hold personal data: they are stored encrypted.
 */
@Service
class Filing {

	static final String FORM_VALUES_AD = "case_file.form_values";

	static final String ONLINE = "ONLINE";

	static final String WINDOW = "WINDOW";

	static final String DELEGATED = "DELEGATED";

	private final CatalogClient catalog;

	private final IdentityClient identity;

	private final Prefilling prefilling;

	private final CaseMapper cases;

	private final CaseTransitions transitions;

	private final PiiCipher cipher;

	private final JsonMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final InstantCompletion instant;

	Filing(CatalogClient catalog, IdentityClient identity, Prefilling prefilling, CaseMapper cases,
			CaseTransitions transitions, PiiCipher cipher, JsonMapper json, TransactionTemplate tx, Clock clock,
			InstantCompletion instant) {
		this.instant = instant;
		this.catalog = catalog;
		this.identity = identity;
		this.prefilling = prefilling;
		this.cases = cases;
		this.transitions = transitions;
		this.cipher = cipher;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * A resident's draft, or (with {@code submit}) a submitted case; filed for another
	 * resident ({@code onBehalfOf}) only under an active delegation for the item.
	 */
	Filed fileOnline(String residentSub, String residentBearer, NewCase request, boolean submit) {
		ItemSnapshot item = publishedItem(request);
		boolean delegated = request.onBehalfOf() != null && !request.onBehalfOf().equals(residentSub);
		if (delegated) {
			requireDelegation(request.onBehalfOf(), residentSub, item.itemCode());
		}
		String applicantSub = delegated ? request.onBehalfOf() : residentSub;
		Prefill prefill = this.prefilling.fill(item, request.formValues(), applicantSub,
				delegated ? null : residentBearer);
		FormValidator.check(item, prefill.values(), submit);
		Actor applicant = new Actor(residentSub, ActorRole.APPLICANT);
		CaseRow row = this.tx.execute((status) -> {
			CaseRow draft = insertDraft(item, prefill.values(), applicantSub, residentSub,
					delegated ? DELEGATED : ONLINE);
			return submit
					? this.transitions.apply(draft, draft.version, CaseAction.SUBMIT, applicant, ActionInput.none())
					: draft;
		});
		if (submit && item.instant()) {
			row = completeIfFaceVerified(row);
		}
		return new Filed(row, prefill);
	}

	/**
	 * An instant item's case completes at once when the applicant's face verification
	 * (loa 3) holds now; otherwise it waits for {@code resident.face-verified}.
	 */
	private CaseRow completeIfFaceVerified(CaseRow submitted) {
		boolean verified = this.identity.identityForInstantCompletion(submitted.applicantSub)
			.filter((identity) -> identity.faceVerifiedAt(this.clock.instant()))
			.isPresent();
		if (!verified) {
			return submitted;
		}
		try {
			return this.tx.execute((status) -> this.instant.completeNow(submitted));
		}
		catch (CaseRuleException ex) {
			if (ex.code() != CaseErrorCode.CASE_CONCURRENT_UPDATE) {
				throw ex;
			}
			return this.cases.findById(submitted.id);
		}
	}

	/**
	 * A case just filed online, with what prefilling did.
	 *
	 * @param row the case
	 * @param prefill the prefilled and not prefilled fields
	 */
	record Filed(CaseRow row, Prefill prefill) {
	}

	/**
	 * An officer files at the window for a walk-in resident, in the officer's department
	 * only.
	 */
	CaseRow fileWalkIn(String officerSub, String department, NewCase request) {
		ItemSnapshot item = publishedItem(request);
		if (!item.departmentCode().equals(department)) {
			throw new CaseRuleException(CaseErrorCode.CASE_ACTION_FORBIDDEN, "the item belongs to another department");
		}
		FormValidator.check(item, request.formValues(), true);
		Actor officer = new Actor(officerSub, ActorRole.OFFICER);
		return this.tx.execute((status) -> {
			String applicant = (request.applicantSubject() != null) ? request.applicantSubject() : "walk-in";
			CaseRow draft = insertDraft(item, request.formValues(), applicant, officerSub, WINDOW);
			return this.transitions.apply(draft, draft.version, CaseAction.SUBMIT, officer, ActionInput.none());
		});
	}

	/** Replaces a draft's form values. */
	void updateDraft(CaseRow draft, int expectedVersion, Map<String, String> values) {
		if (CaseStatus.valueOf(draft.status) != CaseStatus.DRAFT) {
			throw new CaseRuleException(CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED, "only a draft can be edited");
		}
		FormValidator.check(this.transitions.snapshotOf(draft), values, false);
		if (this.cases.updateDraftForm(draft.id, expectedVersion, seal(values), this.clock.instant()) != 1) {
			throw CaseTransitions.concurrent();
		}
	}

	/** Submits a draft: the required fields must now be filled. */
	CaseRow submitDraft(CaseRow draft, int expectedVersion, String residentSub) {
		if (!draft.applicantSub.equals(residentSub)) {
			requireDelegation(draft.applicantSub, residentSub, draft.itemCode);
		}
		if (CaseStatus.valueOf(draft.status) == CaseStatus.DRAFT) {
			FormValidator.check(this.transitions.snapshotOf(draft), formValues(draft), true);
		}
		return this.transitions.apply(draft, expectedVersion, CaseAction.SUBMIT,
				new Actor(residentSub, ActorRole.APPLICANT), ActionInput.none());
	}

	Map<String, String> formValues(CaseRow row) {
		return this.json.readValue(this.cipher.open(row.formValues, FORM_VALUES_AD), new TypeReference<>() {
		});
	}

	private void requireDelegation(String delegator, String delegate, String itemCode) {
		if (this.identity.activeDelegation(delegator, delegate, itemCode).isEmpty()) {
			throw new CaseRuleException(CaseErrorCode.DELEGATION_NOT_ACTIVE,
					"no active delegation from the applicant for item " + itemCode);
		}
	}

	private ItemSnapshot publishedItem(NewCase request) {
		ItemSnapshot item = this.catalog.itemVersion(request.itemCode(), request.itemVersion());
		if (!item.published()) {
			throw new CaseRuleException(CaseErrorCode.ITEM_VERSION_NOT_PUBLISHED,
					"item " + item.itemCode() + " version " + item.version() + " is " + item.status());
		}
		return item;
	}

	private CaseRow insertDraft(ItemSnapshot item, Map<String, String> values, String applicantSub, String filedBy,
			String channel) {
		CaseRow row = new CaseRow();
		return insertDraft(row, item, values, applicantSub, filedBy, channel);
	}

	/**
	 * Inserts a draft of the item for the applicant; {@code row} may carry the kind and
	 * the related case.
	 */
	CaseRow insertDraft(CaseRow row, ItemSnapshot item, Map<String, String> values, String applicantSub, String filedBy,
			String channel) {
		Instant now = this.clock.instant();
		row.id = CaseIds.at(now);
		row.applicantSub = applicantSub;
		row.filedBySub = filedBy;
		row.channel = channel;
		row.departmentCode = item.departmentCode();
		row.regionCode = item.regionCode();
		row.itemCode = item.itemCode();
		row.itemVersion = item.version();
		row.itemName = item.name();
		row.itemSnapshot = this.json.writeValueAsString(item);
		row.promisedLimitDays = item.promisedLimitDays();
		row.instantItem = item.instant();
		row.feeFen = item.feeFen();
		row.formValues = seal(values);
		row.status = CaseStatus.DRAFT.name();
		row.version = 0;
		row.queueDue = CaseTransitions.NO_DUE_DATE;
		row.createdAt = now;
		row.updatedAt = now;
		this.cases.insert(row);
		return row;
	}

	private EncryptedString seal(Map<String, String> values) {
		return this.cipher.seal(this.json.writeValueAsString(values), FORM_VALUES_AD);
	}

}
