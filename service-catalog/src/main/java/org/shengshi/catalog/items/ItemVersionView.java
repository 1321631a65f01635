package org.shengshi.catalog.items;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.item.Material;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.reference.CertificateTypeDirectory;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One published version of an item: the contract case-service reads ({@code GET
 * /api/v1/catalog/items/{code}/versions/{version}}, docs/architecture.md) and the public
 * item detail. Certificate types are given as e-certificate-service's type codes where it
 * issues the type.
 *
 * @param itemCode public item code, see {@link ItemCodes}
 * @param basicCode GB/T 39554.1 basic code
 * @param status {@code PUBLISHED}, {@code SUSPENDED}, {@code SUPERSEDED} or
 * {@code RETIRED}; cases are filed only on {@code PUBLISHED}
 * @param certificateType the e-certificate type the item issues on completion, or
 * {@code null}
 * @param content every national element of the version as the publisher wrote it
 */
public record ItemVersionView(String itemCode, String basicCode, int version, String name, String status,
		String departmentCode, String regionCode, String itemType, int promisedLimitDays, int statutoryLimitDays,
		boolean instant, int visits, long feeFen, int requiredAssurance, String certificateType, Instant publishedAt,
		List<MaterialView> materials, List<FormFieldView> formFields, ServiceItem content) {

	/**
	 * The same as {@link #certificateType()}, under the name case-service reads.
	 */
	@JsonProperty("producesCertificateType")
	public String producesCertificateType() {
		return this.certificateType;
	}

	static ItemVersionView of(ServiceItem item, int version, String status, Instant publishedAt,
			CertificateTypeDirectory types) {
		return new ItemVersionView(ItemCodes.of(item), item.code(), version, item.name(), status, item.departmentCode(),
				item.regionCode(), item.type().code(), item.timeLimits().promisedDays(),
				item.timeLimits().statutoryDays(), item.instant(), item.visits(), item.fee().amountFen(),
				item.requiredAssurance(), types.exchangeCode(item.producesCertificateType()), publishedAt,
				item.materials().stream().map((m) -> MaterialView.of(m, types)).toList(),
				item.form().fields().stream().map((f) -> FormFieldView.of(f, types)).toList(), item);
	}

	/**
	 * A material of the version; {@code forms} has one entry (the form the item asks
	 * for).
	 */
	public record MaterialView(String code, String name, boolean required, Set<String> forms, int count,
			String certificateType, String note) {

		static MaterialView of(Material material, CertificateTypeDirectory types) {
			return new MaterialView(material.code(), material.name(), material.required(),
					Set.of(material.form().name()), material.count(), types.exchangeCode(material.certificateType()),
					material.note());
		}

	}

	/**
	 * A field of the application form; {@code maxLength} 0 means the default (500);
	 * {@code prefill} is {@code profile:<attribute>} or
	 * {@code certificate:<type code>.<field>} with the type code other services use
	 * (e-certificate-service's code for the types it issues).
	 */
	public record FormFieldView(String name, String label, String type, boolean required, int maxLength,
			Integer minLength, String pattern, List<String> enumValues, String prefill, String help) {

		static FormFieldView of(FormField field, CertificateTypeDirectory types) {
			return new FormFieldView(field.key(), field.label(), field.type(), field.required(),
					(field.maxLength() != null) ? field.maxLength() : 0, field.minLength(), field.pattern(),
					field.enumValues(), exchangePrefill(field.prefill(), types), field.help());
		}

		private static String exchangePrefill(String prefill, CertificateTypeDirectory types) {
			String prefix = "certificate:";
			if (prefill == null || !prefill.startsWith(prefix) || prefill.indexOf('.', prefix.length()) < 0) {
				return prefill;
			}
			int dot = prefill.indexOf('.', prefix.length());
			return prefix + types.exchangeCode(prefill.substring(prefix.length(), dot)) + prefill.substring(dot);
		}

	}

}
