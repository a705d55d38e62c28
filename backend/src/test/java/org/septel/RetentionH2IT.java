package org.septel;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RetentionH2IT extends RetentionContract {
}
