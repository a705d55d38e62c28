package org.septel.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The log of refused accesses. A refusal is kept even when the work that ran into it rolls back (its own
 * transaction), and it names the resource, never its content.
 */
@Service
public class AccessDenials {

    private static final Logger log = LoggerFactory.getLogger(AccessDenials.class);
    private static final int MAX_RESOURCE = 300;
    private static final int MAX_REASON = 500;

    private final JdbcTemplate jdbc;
    private final DataFieldMaxValueIncrementer ids;
    private final Clock clock;

    AccessDenials(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.ids = SequenceIds.of(jdbc, "access_denial_seq");
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String resource, String reason) {
        String who = username == null || username.isBlank() ? "(anonymous)" : clip(username, 64);
        log.warn("Access denied: {} to {}: {}", who, resource, reason);
        jdbc.update("insert into access_denial (id, denied_at, username, resource, reason) values (?, ?, ?, ?, ?)",
                ids.nextLongValue(), Timestamp.from(clock.instant()), who, clip(resource, MAX_RESOURCE),
                clip(reason, MAX_REASON));
    }

    /** Newest first, between {@code from} (inclusive) and {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public List<AccessDenial> between(Instant from, Instant to, int offset, int limit) {
        return jdbc.query("select denied_at, username, resource, reason from access_denial "
                        + "where denied_at >= ? and denied_at < ? order by denied_at desc, id desc offset ? rows fetch next ? rows only",
                (rs, row) -> new AccessDenial(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)),
                Timestamp.from(from), Timestamp.from(to), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countBetween(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from access_denial where denied_at >= ? and denied_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        return count == null ? 0 : count;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
