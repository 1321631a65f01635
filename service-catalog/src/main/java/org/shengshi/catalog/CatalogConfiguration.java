package org.shengshi.catalog;

import java.time.Clock;

import org.shengshi.catalog.item.ServiceItemValidator;
import org.shengshi.catalog.publishing.PublishingWorkflow;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reference data every feature shares: the certificate types, the bundled seed catalog
 * (validated once at startup) and the clock.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	CertificateTypeDirectory certificateTypeDirectory() {
		return CertificateTypeDirectory.bundled();
	}

	@Bean
	SeedCatalog seedCatalog(CertificateTypeDirectory certificateTypes) {
		return new SeedLoader(certificateTypes).load();
	}

	@Bean
	PublishingWorkflow publishingWorkflow(CertificateTypeDirectory certificateTypes, Clock clock) {
		return new PublishingWorkflow(new ServiceItemValidator(certificateTypes), clock);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
