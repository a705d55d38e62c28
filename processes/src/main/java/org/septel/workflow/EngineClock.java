package org.septel.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Puts the engine on Septel's clock. The engine reads time through its own static {@link ClockUtil}; shifting it by
 * the difference between the injected {@link Clock} and the system clock makes task create times, due dates and,
 * later, timers follow the same "now" as the rest of Septel (pinned in tests).
 */
@Component
class EngineClock {

    private final Clock clock;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void align() {
        ClockUtil.reset();
        // The one read of the system clock in Septel: the engine has no other way to be told the offset.
        ClockUtil.offset(clock.millis() - System.currentTimeMillis());
    }
}
