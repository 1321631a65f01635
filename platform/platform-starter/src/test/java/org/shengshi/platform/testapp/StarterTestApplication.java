package org.shengshi.platform.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A tiny service built on the starter alone, for the starter's integration tests.
 */
@SpringBootApplication
public class StarterTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(StarterTestApplication.class, args);
	}

}
