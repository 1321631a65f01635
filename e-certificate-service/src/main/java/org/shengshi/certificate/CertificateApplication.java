package org.shengshi.certificate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CertificateApplication {

	public static void main(String[] args) {
		SpringApplication.run(CertificateApplication.class, args);
	}

}
