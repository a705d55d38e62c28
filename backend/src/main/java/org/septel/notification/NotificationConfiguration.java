package org.septel.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

    /** The outbox sender and the weekly digest run on schedules; tests switch them off and call them directly. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "septel.mail.scheduling", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
