package org.septel.security;

import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the nightly retention does to API tokens, the same on H2 and PostgreSQL: tokens revoked more than 30 days
 * before the pinned "now" go, tokens revoked since and live tokens (however old) stay, and a second run deletes
 * nothing.
 */
public final class ApiTokenRetentionCheck {

    static final Duration KEPT = Duration.ofDays(30);
    private static final AtomicLong NEXT_ID = new AtomicLong(9_200_000);

    private ApiTokenRetentionCheck() {
    }

    public static void check(JdbcTemplate jdbc, ApiTokenRetention retention, StaffDirectory staff, Instant now) {
        if (!staff.exists("token-keeper")) {
            staff.enrol(new StaffMember("token-keeper", "Token keeper", Role.DESK_OFFICER, "WHA-CAN",
                    Clearance.of(Classification.SECRET)), "password-token-keeper");
        }
        long longRevoked = token(jdbc, now, Duration.ofDays(300), KEPT.plusDays(10));
        long justOver = token(jdbc, now, Duration.ofDays(300), KEPT.plusSeconds(1));
        long revokedLately = token(jdbc, now, Duration.ofDays(300), KEPT.minusDays(1));
        long live = token(jdbc, now, Duration.ofDays(3000), null);
        Long due = jdbc.queryForObject("select count(*) from api_token where revoked_at < ?", Long.class,
                at(now, KEPT));

        assertThat((long) retention.prune()).isEqualTo(due).isGreaterThanOrEqualTo(2L);

        List<Long> left = jdbc.queryForList("select id from api_token where id in (?, ?, ?, ?)", Long.class,
                longRevoked, justOver, revokedLately, live);
        assertThat(left).containsExactlyInAnyOrder(revokedLately, live);
        assertThat(retention.prune()).as("a second run, or a second node, finds nothing more").isZero();
    }

    private static long token(JdbcTemplate jdbc, Instant now, Duration createdAgo, Duration revokedAgo) {
        long id = NEXT_ID.incrementAndGet();
        jdbc.update("insert into api_token (id, username, name, token_hash, created_at, revoked_at)"
                + " values (?, 'token-keeper', 'script', ?, ?, ?)", id, "retention-" + id, at(now, createdAgo),
                revokedAgo == null ? null : at(now, revokedAgo));
        return id;
    }

    private static OffsetDateTime at(Instant now, Duration ago) {
        return now.minus(ago).atOffset(ZoneOffset.UTC);
    }
}
