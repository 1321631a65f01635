package org.shengshi.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemLanguageTest {

	@Test
	void chineseIsTheDefault() {
		assertThat(ProblemLanguage.prefersEnglish((String) null)).isFalse();
		assertThat(ProblemLanguage.prefersEnglish("")).isFalse();
		assertThat(ProblemLanguage.prefersEnglish("fr-FR")).isFalse();
		assertThat(ProblemLanguage.prefersEnglish("not a ;; header")).isFalse();
	}

	@Test
	void englishWhenPreferred() {
		assertThat(ProblemLanguage.prefersEnglish("en")).isTrue();
		assertThat(ProblemLanguage.prefersEnglish("en-US,en;q=0.9")).isTrue();
		assertThat(ProblemLanguage.prefersEnglish("fr;q=0.9,en;q=0.8")).isTrue();
	}

	@Test
	void theHigherWeightedLanguageWins() {
		assertThat(ProblemLanguage.prefersEnglish("zh-CN,zh;q=0.9,en;q=0.8")).isFalse();
		assertThat(ProblemLanguage.prefersEnglish("zh;q=0.5,en;q=0.8")).isTrue();
		assertThat(ProblemLanguage.prefersEnglish("en;q=0,zh")).isFalse();
	}

	@Test
	void problemExceptionRendersTheChosenLanguage() {
		ProblemException problem = new ProblemException(org.springframework.http.HttpStatus.NOT_FOUND, "CASE_NOT_FOUND",
				"办件不存在", "Case not found")
			.with("caseNumber", "440100-20250101-0001");
		assertThat(problem.bodyFor(true).getTitle()).isEqualTo("Case not found");
		assertThat(problem.bodyFor(false).getTitle()).isEqualTo("办件不存在");
		assertThat(problem.bodyFor(false).getDetail()).isEqualTo("办件不存在");
		assertThat(problem.bodyFor(true).getProperties()).containsEntry("code", "CASE_NOT_FOUND")
			.containsEntry("caseNumber", "440100-20250101-0001");
		assertThat(problem.bodyFor(true).getType().toString()).isEqualTo("urn:shengshi:problem:case-not-found");
	}

	@Test
	void constraintNamesBecomeUpperSnakeCodes() {
		assertThat(FieldViolation.codeOf("NotBlank")).isEqualTo("NOT_BLANK");
		assertThat(FieldViolation.codeOf("typeMismatch")).isEqualTo("TYPE_MISMATCH");
		assertThat(FieldViolation.codeOf(null)).isEqualTo("INVALID");
	}

}
