package org.septel.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.septel.TestClockConfiguration;
import org.septel.WebTestSupport;
import org.septel.calendar.FeedTokenRetention;
import org.septel.notification.MailRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly retention of API tokens on H2 (PostgreSQL: PostgresProfileIT), and its counters in the metrics. */
class ApiTokenRetentionIT extends WebTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenRetention retention;
    @Autowired
    MailRetention mail;
    @Autowired
    FeedTokenRetention feeds;
    @Autowired
    MeterRegistry meters;

    @Test
    void revoked_api_tokens_go_thirty_days_after_revocation_and_live_ones_stay() {
        ApiTokenRetentionCheck.check(jdbc, retention, staff, TestClockConfiguration.NOW);
    }

    @Test
    void each_run_counts_what_it_deleted_per_kind_of_row() {
        double before = deleted("api-tokens");
        ApiTokenRetentionCheck.check(jdbc, retention, staff, TestClockConfiguration.NOW);
        mail.prune();
        feeds.prune();

        assertThat(deleted("api-tokens") - before).isEqualTo(2.0);
        assertThat(meters.find("septel.retention.deleted").tag("what", "sent-mail").counter()).isNotNull();
        assertThat(meters.find("septel.retention.deleted").tag("what", "feed-tokens").counter()).isNotNull();
    }

    private double deleted(String what) {
        var counter = meters.find("septel.retention.deleted").tag("what", what).counter();
        return counter == null ? 0 : counter.count();
    }
}
