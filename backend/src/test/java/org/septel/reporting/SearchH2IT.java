package org.septel.reporting;

// Same properties as ReportingH2IT, so both share one cached context.

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reporting;DB_CLOSE_DELAY=-1")
class SearchH2IT extends SearchContract {
}
