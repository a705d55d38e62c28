package org.septel.reporting;

import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DirtiesContext
@SpringBootTest
class SearchPostgresIT extends SearchContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Test
    void full_text_search_stems_words_and_ignores_stop_words() {
        assertThat(ids(confidential, "mention paragraphs")).as("stemmed").contains("09STATE12347");
        assertThat(ids(secret, "the zanzibar")).as("'the' alone matches nothing; it is not required")
                .contains("09STATE12345");
    }
}
