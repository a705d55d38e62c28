package org.septel.commitment;

import org.septel.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// Closed when the class is done, so its pool is gone before the embedded server stops with the JVM.
@DirtiesContext
@SpringBootTest
class ReplyPrefilterPostgresIT extends ReplyPrefilterContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
