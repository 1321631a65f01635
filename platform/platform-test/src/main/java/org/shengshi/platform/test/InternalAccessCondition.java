package org.shengshi.platform.test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Fails when a class depends on {@code <base>.<feature>.internal..} of a feature other
 * than its own.
 */
final class InternalAccessCondition extends ArchCondition<JavaClass> {

	private final String basePackage;

	private InternalAccessCondition(String basePackage) {
		super("not use another feature's internal package");
		this.basePackage = basePackage;
	}

	static InternalAccessCondition of(String basePackage) {
		return new InternalAccessCondition(basePackage);
	}

	@Override
	public void check(JavaClass origin, ConditionEvents events) {
		String originFeature = feature(origin.getPackageName());
		for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
			String target = dependency.getTargetClass().getPackageName();
			if (!target.startsWith(this.basePackage + ".") || !isInternal(target)) {
				continue;
			}
			String targetFeature = feature(target);
			if (!targetFeature.equals(originFeature)) {
				events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
			}
		}
	}

	private boolean isInternal(String packageName) {
		return packageName.contains(".internal");
	}

	private String feature(String packageName) {
		if (!packageName.startsWith(this.basePackage + ".")) {
			return "";
		}
		String rest = packageName.substring(this.basePackage.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
