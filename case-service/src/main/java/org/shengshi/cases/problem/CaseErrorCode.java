package org.shengshi.cases.problem;

/**
 * Every error the case domain can report, with the HTTP status the web layer should use
 * and a title in Chinese (default) and English. Codes are stable: clients match on them.
 */
public enum CaseErrorCode {

	CASE_TRANSITION_NOT_ALLOWED(409, "当前办件状态不允许此操作", "This action is not allowed in the case's current status"),

	CASE_ACTION_FORBIDDEN(403, "您无权执行此操作", "You may not perform this action on the case"),

	CASE_REASON_REQUIRED(422, "请填写理由", "A reason is required for this action"),

	CASE_MATERIALS_REQUIRED(422, "请列明需补齐补正的材料", "List the materials the applicant must supply"),

	CASE_PROCEDURE_REQUIRED(422, "请选择特别程序类型", "Name the special procedure"),

	CASE_INSTANT_RULES_NOT_MET(422, "不符合即办条件", "The conditions for instant completion are not met"),

	CASE_ANSWER_REQUIRED(422, "请填写答复内容", "The answer text is required"),

	INQUIRY_INVALID(422, "咨询投诉内容不正确", "The consultation or complaint is invalid"),

	CASE_NUMBER_INVALID(400, "办件编号格式不正确", "The case number is malformed"),

	SLA_CLOCK_STATE_INVALID(409, "办理时限计时状态不允许此操作", "The time-limit clock is not in a state that allows this"),

	SLA_LIMIT_INVALID(400, "办理时限不正确", "The time limit is invalid"),

	MATERIAL_NOT_IN_GUIDE(422, "所列材料不在办事指南范围内", "The material is not listed in the item's guide"),

	MATERIAL_LIST_INVALID(400, "材料清单不正确", "The material list is invalid"),

	MATERIAL_CERTIFICATE_TYPE_MISMATCH(422, "该电子证照不能用于此材料", "This e-certificate type does not satisfy the material"),

	MATERIAL_INCOMPLETE(422, "申请材料不齐全", "Required materials are missing"),

	MATERIAL_EMPTY(400, "上传文件为空", "The uploaded file is empty"),

	MATERIAL_TOO_LARGE(413, "上传文件过大", "The uploaded file is too large"),

	MATERIAL_TYPE_NOT_ALLOWED(415, "不支持的文件类型", "The file type is not accepted"),

	EVALUATION_INVALID(400, "评价内容不正确", "The evaluation is invalid"),

	EVALUATION_NOT_ALLOWED(409, "该办件当前不能评价", "The case cannot be rated now"),

	EVALUATION_ALREADY_SUBMITTED(409, "该办件已评价", "The case has already been rated"),

	CASE_NOT_FOUND(404, "办件不存在", "The case does not exist"),

	CASE_CONCURRENT_UPDATE(409, "办件已被他人更新，请刷新后重试", "The case was changed by someone else; reload and retry"),

	CASE_FORM_INVALID(400, "申请表填写不完整或不正确", "The application form is incomplete or invalid"),

	CASE_CURSOR_INVALID(400, "分页游标不正确", "The page cursor is invalid"),

	ITEM_VERSION_NOT_FOUND(422, "事项版本不存在", "The item version does not exist"),

	ITEM_VERSION_NOT_PUBLISHED(422, "事项版本未发布，不能申请", "The item version is not published"),

	CATALOG_UNAVAILABLE(503, "事项目录暂时不可用，请稍后重试", "The service catalog is unavailable; retry later"),

	PAYMENT_MISMATCH(409, "缴费信息与办件不符", "The payment does not match the case"),

	CASE_NOT_AWAITING_PAYMENT(409, "办件当前无需缴费", "The case is not awaiting payment"),

	PAYMENT_ORDER_CONFLICT(409, "该办件已有其他支付渠道的订单", "The case already has a payment order on another channel"),

	PAYMENT_UNAVAILABLE(503, "支付服务暂时不可用，请稍后重试", "The payment service is unavailable; retry later"),

	DELEGATION_NOT_ACTIVE(403, "没有有效的代办授权", "There is no active delegation for this item"),

	IDENTITY_UNAVAILABLE(503, "身份服务暂时不可用，请稍后重试", "The identity service is unavailable; retry later"),

	CERTIFICATE_NOT_IN_WALLET(422, "该电子证照不在申请人名下或已失效", "The e-certificate is not a valid certificate of the applicant"),

	CERTIFICATES_UNAVAILABLE(503, "电子证照服务暂时不可用，请稍后重试", "The e-certificate service is unavailable; retry later"),

	CASE_ALREADY_CLAIMED(409, "办件已被其他工作人员认领", "Another officer has already claimed the case"),

	RECTIFICATION_NOT_FOUND(404, "整改单不存在", "The rectification ticket does not exist"),

	RECTIFICATION_ALREADY_ANSWERED(409, "整改单已答复", "The rectification ticket has already been answered");

	private final int httpStatus;

	private final String titleZh;

	private final String titleEn;

	CaseErrorCode(int httpStatus, String titleZh, String titleEn) {
		this.httpStatus = httpStatus;
		this.titleZh = titleZh;
		this.titleEn = titleEn;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	public String titleZh() {
		return this.titleZh;
	}

	public String titleEn() {
		return this.titleEn;
	}

}
