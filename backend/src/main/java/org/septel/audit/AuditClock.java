package org.septel.audit;

import org.springframework.stereotype.Component;

import java.time.Clock;

/** Hands Septel's clock to the audit trail when the application starts. */
@Component
class AuditClock {

    AuditClock(Clock clock) {
        Auditor.useClock(clock);
    }
}
