package org.shengshi.catalog.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shengshi.catalog.form.FormSchema;
import org.shengshi.catalog.reference.DepartmentCode;
import org.shengshi.catalog.reference.RegionCode;

/**
 * The content of one version of a service item (政务服务事项) with the national elements. Codes
 * are kept as written so {@link ServiceItemValidator} can report each mistake; the typed
 * accessors ({@link #itemCode()}, {@link #department()}, {@link #region()}) are for
 * validated items. Collections are unmodifiable and never {@code null}.
 *
 * @param code basic code, see {@link ItemCode}
 * @param name item name, e.g. 居住证申领
 * @param aliases other names residents use, searched below the name
 * @param type item type
 * @param departmentCode implementing department (实施主体), e.g. {@code 440100-GA}
 * @param regionCode region where it is implemented, the department's region
 * @param audiences who may apply
 * @param legalBasis laws and regulations (设定依据)
 * @param conditions acceptance conditions (受理条件)
 * @param materials materials to hand in
 * @param fee fee, {@link Fee#none()} when free
 * @param timeLimits statutory and promised limits in working days
 * @param instant whether it is an instant item (即办件)
 * @param visits visits to a window needed at most (跑动次数), 0 for a zero-visit item
 * @param channels where it can be handled
 * @param steps handling process
 * @param windows places to handle it in person
 * @param faqs frequently asked questions
 * @param themes life-event themes it belongs to
 * @param requiredAssurance minimum assurance level (token {@code loa}) to apply: 1 phone,
 * 2 real name, 3 fresh face verification
 * @param producesCertificateType e-certificate type issued on completion, or {@code null}
 * @param form the application form
 */
public record ServiceItem(String code, String name, List<String> aliases, ItemType type, String departmentCode,
		String regionCode, Set<Audience> audiences, List<String> legalBasis, List<String> conditions,
		List<Material> materials, Fee fee, TimeLimits timeLimits, boolean instant, int visits, Set<Channel> channels,
		List<ProcessStep> steps, List<ServiceWindow> windows, List<Faq> faqs, Set<LifeEventTheme> themes,
		int requiredAssurance, String producesCertificateType, FormSchema form) {

	public ServiceItem {
		aliases = list(aliases);
		audiences = enumSet(audiences, Audience.class);
		legalBasis = list(legalBasis);
		conditions = list(conditions);
		materials = list(materials);
		channels = enumSet(channels, Channel.class);
		steps = list(steps);
		windows = list(windows);
		faqs = list(faqs);
		themes = enumSet(themes, LifeEventTheme.class);
	}

	public static ServiceItemBuilder builder() {
		return new ServiceItemBuilder();
	}

	public ServiceItemBuilder toBuilder() {
		return new ServiceItemBuilder(this);
	}

	public ItemCode itemCode() {
		return ItemCode.of(this.code);
	}

	public DepartmentCode department() {
		return new DepartmentCode(this.departmentCode);
	}

	public RegionCode region() {
		return new RegionCode(this.regionCode);
	}

	/**
	 * Whether it can be handled without going to a window: online or mobile and zero
	 * visits.
	 */
	public boolean zeroVisit() {
		return this.visits == 0;
	}

	/** Whether it can be applied for online (web or mobile). */
	public boolean online() {
		return this.channels.contains(Channel.ONLINE) || this.channels.contains(Channel.MOBILE);
	}

	/** The item identity within the catalog: basic code at implementing department. */
	public String key() {
		return this.code + "@" + this.departmentCode;
	}

	private static <T> List<T> list(List<T> values) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : List.of();
	}

	private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
		}
		return Collections.unmodifiableSet(set);
	}

}
