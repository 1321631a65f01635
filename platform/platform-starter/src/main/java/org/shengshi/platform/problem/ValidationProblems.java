package org.shengshi.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Builds {@code VALIDATION_FAILED} problems with their {@code errors} list from the
 * different ways Spring and Bean Validation report invalid input.
 */
final class ValidationProblems {

	private ValidationProblems() {
	}

	static ProblemException of(List<FieldViolation> violations) {
		return StandardProblem.VALIDATION_FAILED.exception().with("errors", List.copyOf(violations));
	}

	static ProblemException fromBindingResult(BindingResult result) {
		List<FieldViolation> violations = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			violations.add(new FieldViolation(error.getField(), codeOf(error), message(error)));
		}
		for (ObjectError error : result.getGlobalErrors()) {
			violations.add(new FieldViolation(error.getObjectName(), codeOf(error), message(error)));
		}
		return of(violations);
	}

	static ProblemException fromMethodValidation(HandlerMethodValidationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String parameter = parameterName(result);
			if (result instanceof ParameterErrors errors) {
				for (FieldError error : errors.getFieldErrors()) {
					violations
						.add(new FieldViolation(parameter + "." + error.getField(), codeOf(error), message(error)));
				}
				continue;
			}
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				violations.add(new FieldViolation(parameter, codeOf(error), message(error)));
			}
		}
		return of(violations);
	}

	static ProblemException fromConstraintViolations(Set<? extends ConstraintViolation<?>> constraintViolations) {
		List<FieldViolation> violations = new ArrayList<>();
		for (ConstraintViolation<?> violation : constraintViolations) {
			String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			violations.add(new FieldViolation(field(violation.getPropertyPath()), FieldViolation.codeOf(constraint),
					violation.getMessage()));
		}
		return of(violations);
	}

	static ProblemException fromTypeMismatch(TypeMismatchException ex) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return StandardProblem.INVALID_PARAMETER
			.exception("参数 " + name + " 的值无效。", "Parameter '" + name + "' has an invalid value.")
			.with("errors", List.of(new FieldViolation(name, "TYPE_MISMATCH", "invalid value")));
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return (name != null) ? name : "arg" + result.getMethodParameter().getParameterIndex();
	}

	/**
	 * The property path without the method and parameter nodes Bean Validation puts in
	 * front for method validation ({@code create.request.name} becomes
	 * {@code request.name}).
	 */
	private static String field(Path path) {
		List<String> names = new ArrayList<>();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
				continue;
			}
			if (node.getName() != null) {
				names.add(node.getName());
			}
		}
		return String.join(".", names);
	}

	private static String codeOf(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		@Nullable String last = (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
		return FieldViolation.codeOf(last);
	}

	private static String message(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		return (message != null) ? message : "invalid";
	}

}
