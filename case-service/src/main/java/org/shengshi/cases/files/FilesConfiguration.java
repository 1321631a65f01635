package org.shengshi.cases.files;

import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesConfiguration.FilesProperties.class)
class FilesConfiguration {

	@Bean
	@ConditionalOnMissingBean(FileStore.class)
	FileStore localFolderFileStore(FilesProperties properties) {
		return new LocalFolderFileStore(properties.root());
	}

	/**
	 * {@code shengshi.files.root} (env {@code SHENGSHI_FILES_ROOT}): folder of the local
	 * file store.
	 *
	 * @param root the folder
	 */
	@ConfigurationProperties("shengshi.files")
	record FilesProperties(Path root) {

		FilesProperties {
			if (root == null) {
				throw new IllegalArgumentException("shengshi.files.root is required");
			}
		}

	}

}
