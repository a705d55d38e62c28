package org.septel.workflow;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:worklist;DB_CLOSE_DELAY=-1")
class WorkListH2IT extends WorkListContract {

    @Override
    int cableSeries() {
        return 81;
    }
}
