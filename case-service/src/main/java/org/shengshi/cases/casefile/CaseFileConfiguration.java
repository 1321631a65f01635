package org.shengshi.cases.casefile;

import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InquiryLimits.class)
class CaseFileConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Case-number blocks reserved on a pool of their own (at most two connections, none
	 * kept idle), built from the service's {@code spring.datasource.*}.
	 */
	@Bean(destroyMethod = "close")
	CaseNumberBlocks caseNumberBlocks(DataSourceProperties dataSource,
			@Value("${shengshi.cases.case-number-block-size:20}") int blockSize) {
		HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("case-numbers");
		pool.setMaximumPoolSize(2);
		pool.setMinimumIdle(0);
		pool.setAutoCommit(true);
		return new CaseNumberBlocks(pool, blockSize);
	}

	@Bean
	CaseNumbers caseNumbers(CaseNumberBlocks blocks) {
		return new CaseNumbers(blocks);
	}

}
