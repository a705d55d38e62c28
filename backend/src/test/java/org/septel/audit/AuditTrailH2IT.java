package org.septel.audit;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1")
class AuditTrailH2IT extends AuditTrailContract {
}
