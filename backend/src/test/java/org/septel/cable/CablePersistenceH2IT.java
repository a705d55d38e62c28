package org.septel.cable;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:cable-h2;DB_CLOSE_DELAY=-1")
class CablePersistenceH2IT extends CablePersistenceContract {
}
