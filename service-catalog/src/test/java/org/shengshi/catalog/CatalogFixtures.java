package org.shengshi.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shengshi.catalog.form.FieldType;
import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.form.FormSchema;
import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.Channel;
import org.shengshi.catalog.item.Fee;
import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.item.LifeEventTheme;
import org.shengshi.catalog.item.Material;
import org.shengshi.catalog.item.MaterialForm;
import org.shengshi.catalog.item.ProcessStep;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.item.ServiceWindow;
import org.shengshi.catalog.item.TimeLimits;
import org.shengshi.catalog.reference.CertificateTypeDirectory;

/** Test data shared by the catalog's unit tests. */
public final class CatalogFixtures {

	/** A valid ID number (GB 11643 check character correct). */
	public static final String ID_NUMBER = "440106199003071231";

	/** Another valid ID number. */
	public static final String OTHER_ID_NUMBER = "11010519491231002X";

	public static final CertificateTypeDirectory CERTIFICATE_TYPES = CertificateTypeDirectory.bundled();

	private CatalogFixtures() {
	}

	/** A complete, valid 居住证申领 item of 440100-GA. */
	public static ServiceItem residencePermit() {
		FormSchema form = FormSchema.of(
				FormField.of("applicantName", "申请人姓名", FieldType.STRING, true).withPrefill("profile:name"),
				FormField.of("applicantIdNumber", "公民身份号码", FieldType.ID_NUMBER, true).withPrefill("profile:idNumber"),
				FormField.of("householdAddress", "户籍地址", FieldType.STRING, true)
					.withPrefill("certificate:RESIDENT_EID.address"),
				FormField.of("residenceAddress", "现居住地址", FieldType.STRING, true).withLength(5, 200),
				FormField.of("deliveryMethod", "领取方式", FieldType.ENUM, true).withEnumValues(List.of("窗口领取", "邮政寄递")));
		return ServiceItem.builder()
			.code("QR00103001")
			.name("居住证申领")
			.aliases(List.of("办居住证"))
			.type(ItemType.ADMINISTRATIVE_CONFIRMATION)
			.department("440100-GA")
			.audiences(Set.of(Audience.NATURAL_PERSON))
			.legalBasis(List.of("《居住证暂行条例》第二条"))
			.conditions(List.of("在本市居住半年以上"))
			.materials(List.of(new Material("ID_CARD", "居民身份证", MaterialForm.ORIGINAL, 1, true, "RESIDENT_EID", null),
					new Material("HOUSING_PROOF", "合法稳定住所证明", MaterialForm.COPY, 1, true, null, null)))
			.fee(Fee.none())
			.timeLimits(new TimeLimits(15, 7))
			.visits(1)
			.channels(EnumSet.of(Channel.ONLINE, Channel.WINDOW))
			.steps(List.of(ProcessStep.of("申请"), ProcessStep.of("审核")))
			.windows(List.of(new ServiceWindow("市政务服务中心", "广州市天河区天润路333号", "工作日 9:00-17:00", "12345")))
			.themes(EnumSet.of(LifeEventTheme.RESIDENCE))
			.producesCertificateType("RESIDENCE_PERMIT")
			.form(form)
			.build();
	}

}
