package org.septel;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.cable.SampleCables;
import org.septel.security.ApiTokenRetention;
import org.septel.security.ApiTokenRetentionCheck;
import org.septel.staff.StaffDirectory;
import org.septel.workflow.Cases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code postgres} profile runs the whole application, engine included, on a real PostgreSQL, reading its
 * connection from the documented variables; it loads no demo data.
 */
// Closed when the class is done, so its pool is gone before the embedded server stops with the JVM.
@DirtiesContext
@SpringBootTest(
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import(TestClockConfiguration.class)
class PostgresProfileIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("SEPTEL_DB_URL", EmbeddedPostgres::jdbcUrl);
        registry.add("SEPTEL_DB_USER", () -> "postgres");
        registry.add("SEPTEL_DB_PASSWORD", () -> "postgres");
    }

    @Autowired
    CableIntake intake;
    @Autowired
    Cases cases;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenRetention apiTokenRetention;

    @Test
    void files_a_cable_and_starts_its_case_on_postgresql_without_demo_users() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(staff.exists("officer")).isFalse();

        IntakeResult result = intake.file("seed.txt", SampleCables.seed()).get(0);

        assertThat(result).isEqualTo(new IntakeResult.Filed(CableId.of(SampleCables.SEED_ID)));
        assertThat(cases.caseOf(CableId.of(SampleCables.SEED_ID)).orElseThrow().open()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task where name_ = 'Review follow-ups'", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void revoked_api_tokens_are_pruned_on_postgresql_as_on_h2() {
        ApiTokenRetentionCheck.check(jdbc, apiTokenRetention, staff, TestClockConfiguration.NOW);
    }
}
