package org.shengshi.identity.signup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SignupProperties.class, SmsProperties.class })
class SignupConfiguration {

}
