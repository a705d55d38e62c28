package org.septel.reporting;

import org.springframework.boot.test.context.SpringBootTest;

// The same properties as ReportingH2IT, so both share one cached context.
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reporting;DB_CLOSE_DELAY=-1")
class SearchH2IT extends SearchContract {
}
