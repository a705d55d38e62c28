package org.septel.commitment;

import org.septel.extraction.ExtractionPolicy;
import org.septel.extraction.FollowUpExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One extractor for the application: its lexicons and policy are loaded once. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    FollowUpExtractor followUpExtractor() {
        return new FollowUpExtractor(ExtractionPolicy.defaults());
    }
}
