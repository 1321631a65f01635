package org.shengshi.catalog.item;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shengshi.catalog.form.FormSchema;

/**
 * Builds a {@link ServiceItem} step by step; obtain it from
 * {@link ServiceItem#builder()}.
 */
public final class ServiceItemBuilder {

	private String code;

	private String name;

	private List<String> aliases = new ArrayList<>();

	private ItemType type;

	private String departmentCode;

	private String regionCode;

	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	private List<String> legalBasis = new ArrayList<>();

	private List<String> conditions = new ArrayList<>();

	private List<Material> materials = new ArrayList<>();

	private Fee fee = Fee.none();

	private TimeLimits timeLimits;

	private boolean instant;

	private int visits;

	private Set<Channel> channels = EnumSet.noneOf(Channel.class);

	private List<ProcessStep> steps = new ArrayList<>();

	private List<ServiceWindow> windows = new ArrayList<>();

	private List<Faq> faqs = new ArrayList<>();

	private Set<LifeEventTheme> themes = EnumSet.noneOf(LifeEventTheme.class);

	private int requiredAssurance = 2;

	private String producesCertificateType;

	private FormSchema form = FormSchema.EMPTY;

	ServiceItemBuilder() {
	}

	ServiceItemBuilder(ServiceItem item) {
		this.code = item.code();
		this.name = item.name();
		this.aliases = new ArrayList<>(item.aliases());
		this.type = item.type();
		this.departmentCode = item.departmentCode();
		this.regionCode = item.regionCode();
		this.audiences = copy(item.audiences(), Audience.class);
		this.legalBasis = new ArrayList<>(item.legalBasis());
		this.conditions = new ArrayList<>(item.conditions());
		this.materials = new ArrayList<>(item.materials());
		this.fee = item.fee();
		this.timeLimits = item.timeLimits();
		this.instant = item.instant();
		this.visits = item.visits();
		this.channels = copy(item.channels(), Channel.class);
		this.steps = new ArrayList<>(item.steps());
		this.windows = new ArrayList<>(item.windows());
		this.faqs = new ArrayList<>(item.faqs());
		this.themes = copy(item.themes(), LifeEventTheme.class);
		this.requiredAssurance = item.requiredAssurance();
		this.producesCertificateType = item.producesCertificateType();
		this.form = item.form();
	}

	public ServiceItemBuilder code(String code) {
		this.code = code;
		return this;
	}

	public ServiceItemBuilder name(String name) {
		this.name = name;
		return this;
	}

	public ServiceItemBuilder aliases(List<String> aliases) {
		this.aliases = new ArrayList<>(aliases);
		return this;
	}

	public ServiceItemBuilder type(ItemType type) {
		this.type = type;
		return this;
	}

	/** Sets the implementing department and, from its code, the region. */
	public ServiceItemBuilder department(String departmentCode) {
		this.departmentCode = departmentCode;
		if (departmentCode != null && departmentCode.length() >= 6) {
			this.regionCode = departmentCode.substring(0, 6);
		}
		return this;
	}

	public ServiceItemBuilder region(String regionCode) {
		this.regionCode = regionCode;
		return this;
	}

	public ServiceItemBuilder audiences(Set<Audience> audiences) {
		this.audiences = copy(audiences, Audience.class);
		return this;
	}

	public ServiceItemBuilder legalBasis(List<String> legalBasis) {
		this.legalBasis = new ArrayList<>(legalBasis);
		return this;
	}

	public ServiceItemBuilder conditions(List<String> conditions) {
		this.conditions = new ArrayList<>(conditions);
		return this;
	}

	public ServiceItemBuilder materials(List<Material> materials) {
		this.materials = new ArrayList<>(materials);
		return this;
	}

	public ServiceItemBuilder fee(Fee fee) {
		this.fee = fee;
		return this;
	}

	public ServiceItemBuilder timeLimits(TimeLimits timeLimits) {
		this.timeLimits = timeLimits;
		return this;
	}

	public ServiceItemBuilder instant(boolean instant) {
		this.instant = instant;
		return this;
	}

	public ServiceItemBuilder visits(int visits) {
		this.visits = visits;
		return this;
	}

	public ServiceItemBuilder channels(Set<Channel> channels) {
		this.channels = copy(channels, Channel.class);
		return this;
	}

	public ServiceItemBuilder steps(List<ProcessStep> steps) {
		this.steps = new ArrayList<>(steps);
		return this;
	}

	public ServiceItemBuilder windows(List<ServiceWindow> windows) {
		this.windows = new ArrayList<>(windows);
		return this;
	}

	public ServiceItemBuilder faqs(List<Faq> faqs) {
		this.faqs = new ArrayList<>(faqs);
		return this;
	}

	public ServiceItemBuilder themes(Set<LifeEventTheme> themes) {
		this.themes = copy(themes, LifeEventTheme.class);
		return this;
	}

	public ServiceItemBuilder requiredAssurance(int requiredAssurance) {
		this.requiredAssurance = requiredAssurance;
		return this;
	}

	public ServiceItemBuilder producesCertificateType(String certificateType) {
		this.producesCertificateType = certificateType;
		return this;
	}

	public ServiceItemBuilder form(FormSchema form) {
		this.form = form;
		return this;
	}

	public ServiceItem build() {
		return new ServiceItem(this.code, this.name, this.aliases, this.type, this.departmentCode, this.regionCode,
				this.audiences, this.legalBasis, this.conditions, this.materials, this.fee, this.timeLimits,
				this.instant, this.visits, this.channels, this.steps, this.windows, this.faqs, this.themes,
				this.requiredAssurance, this.producesCertificateType, this.form);
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (values != null) {
			set.addAll(values);
		}
		return set;
	}

}
