package org.septel.workflow;

import org.septel.EmbeddedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// Closed when the class is done, so its pool is gone before the embedded server stops with the JVM.
@DirtiesContext
@SpringBootTest
class WorkListPostgresIT extends WorkListContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Override
    int cableSeries() {
        return 82;
    }
}
