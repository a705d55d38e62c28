package org.septel.reporting;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reporting;DB_CLOSE_DELAY=-1")
class ReportingH2IT extends ReportingContract {
}
