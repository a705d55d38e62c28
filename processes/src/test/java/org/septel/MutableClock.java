package org.septel;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A pinned clock a test can move forward. Moving it moves the engine's clock too, so "executable" timer jobs are
 * exactly those due by the new "now"; {@link #reset()} puts both back, since the engine's clock is JVM-wide.
 */
public final class MutableClock extends Clock {

    private final Instant start;
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.start = start;
        this.now = start;
    }

    public void advanceTo(Instant later) {
        if (later.isBefore(now)) {
            throw new IllegalArgumentException("time only moves forward: " + later + " is before " + now);
        }
        now = later;
        ClockUtil.setCurrentTime(java.util.Date.from(later));
    }

    public void reset() {
        now = start;
        ClockUtil.reset();
        ClockUtil.offset(start.toEpochMilli() - System.currentTimeMillis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
