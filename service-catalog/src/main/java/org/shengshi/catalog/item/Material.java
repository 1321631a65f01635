package org.shengshi.catalog.item;

/**
 * One material (申请材料) an applicant hands in. The published list is a contract:
 * case-service cannot demand anything beyond it.
 *
 * @param code code unique within the item, e.g. {@code ID_CARD}
 * @param name e.g. 居民身份证
 * @param form original, copy or electronic
 * @param count number of copies (份数), at least 1
 * @param required whether the case cannot be accepted without it
 * @param certificateType e-certificate type code that satisfies it instead of an upload,
 * or {@code null}
 * @param note optional remark (来源渠道、填报须知)
 */
public record Material(String code, String name, MaterialForm form, int count, boolean required, String certificateType,
		String note) {

	/** Whether a resident's e-certificate can stand in for this material (免提交). */
	public boolean satisfiableByCertificate() {
		return this.certificateType != null && !this.certificateType.isBlank();
	}

}
