package org.shengshi.gateway.problem;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|en", "en-US,en;q=0.9|en", "en-GB|en", "zh-CN|zh", "zh-CN,en;q=0.8|zh",
			"fr,en;q=0.5|en", "fr|zh", "*|zh", "en;q=0,zh;q=0.1|zh", ";;;=|zh", "''|zh" })
	void prefersEnglishOnlyWhenAskedBeforeChinese(String header, String expected) {
		MockServerHttpRequest request = MockServerHttpRequest.get("/").header("Accept-Language", header).build();

		Locale language = Languages.of(request);

		assertThat(language.getLanguage()).isEqualTo(expected);
	}

}
