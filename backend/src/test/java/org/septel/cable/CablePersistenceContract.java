package org.septel.cable;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The same persistence behaviour, run against H2 and against a real PostgreSQL, with real commits. */
abstract class CablePersistenceContract {

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    CableRepository repository;
    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void start_from_an_empty_cable_table() {
        jdbc.update("delete from follow_up_attachment");
        jdbc.update("delete from follow_up_comment");
        jdbc.update("delete from commitment_slip");
        jdbc.update("delete from commitment_reminder");
        jdbc.update("delete from commitment_aud");
        jdbc.update("delete from commitment");
        jdbc.update("delete from candidate_decision");
        jdbc.update("delete from follow_up_candidate_aud");
        jdbc.update("delete from follow_up_candidate");
        jdbc.update("delete from cable_reference");
        jdbc.update("delete from cable_revision");
        jdbc.update("delete from cable");
    }

    @Test
    void flyway_migrations_apply_and_leave_nothing_pending() {
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from cable", Long.class)).isNotNull();
    }

    @Test
    void a_latin1_crlf_cable_round_trips_byte_for_byte() {
        byte[] raw = TestCables.bytes("06NEWDELHI5135");
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).contains("\r\n");

        IntakeResult result = intake.file("06NEWDELHI5135.txt", raw).get(0);

        assertThat(result).isInstanceOf(IntakeResult.Filed.class);
        Cable stored = repository.findById("06NEWDELHI5135").orElseThrow();
        assertThat(stored.rawBytes()).isEqualTo(raw);
        CableDetails details = catalog.find(CableId.of("06NEWDELHI5135")).orElseThrow();
        assertThat(details.charset()).isEqualTo("ISO-8859-1");
        assertThat(details.text()).isEqualTo(new String(raw, StandardCharsets.ISO_8859_1)).contains("\r\n");
    }

    @Test
    void a_utf8_cable_round_trips_byte_for_byte_with_its_derived_fields() {
        byte[] raw = TestCables.bytes("08OTTAWA1245");

        intake.file("seed.txt", raw);

        assertThat(repository.findById("08OTTAWA1245").orElseThrow().rawBytes()).isEqualTo(raw);
        CableDetails details = catalog.find(CableId.of("08OTTAWA1245")).orElseThrow();
        assertThat(details.charset()).isEqualTo("UTF-8");
        assertThat(details.subject()).isEqualTo("CANADIANS CONSIDERING U.S. IDEAS, INITIATIVES ON IRAN NON-PROLIFERATION");
        assertThat(details.dtg()).hasToString("2008-09-19T17:55:00Z");
        assertThat(details.text()).contains("¶");
        assertThat(details.references()).containsExactly("08STATE99000", "08STATE97505");
        assertThat(details.parsed().paragraphs()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.onFile(java.util.List.of(CableId.of("08OTTAWA1245"), CableId.of("08STATE99000"))))
                .containsExactly(CableId.of("08OTTAWA1245"));
    }

    @Test
    void filing_the_same_cable_twice_keeps_one_and_says_it_is_on_file() {
        byte[] raw = TestCables.bytes("09STATE4134");

        IntakeResult first = intake.file("a.txt", raw).get(0);
        IntakeResult second = intake.file("b.txt", raw).get(0);

        assertThat(first).isEqualTo(new IntakeResult.Filed(CableId.of("09STATE4134")));
        assertThat(second).isEqualTo(new IntakeResult.AlreadyOnFile(CableId.of("09STATE4134")));
        assertThat(jdbc.queryForObject("select count(*) from cable where id = '09STATE4134'", Long.class)).isEqualTo(1L);
    }

    @Test
    void a_different_text_under_a_known_id_is_reported_and_not_written_over() {
        byte[] raw = TestCables.bytes("09STATE4134");
        intake.file("a.txt", raw);
        byte[] altered = new String(raw, StandardCharsets.UTF_8).replace("Aceros", "ACEROS").getBytes(StandardCharsets.UTF_8);

        IntakeResult result = intake.file("altered.txt", altered).get(0);
        IntakeResult again = intake.file("altered-again.txt", altered).get(0);

        assertThat(result).isEqualTo(new IntakeResult.ConflictingText(CableId.of("09STATE4134")));
        assertThat(again).isEqualTo(new IntakeResult.ConflictingText(CableId.of("09STATE4134")));
        assertThat(repository.findById("09STATE4134").orElseThrow().rawBytes()).isEqualTo(raw);
        assertThat(jdbc.queryForObject("select count(*) from cable_revision where cable_id = '09STATE4134'", Long.class))
                .isEqualTo(1L);
        assertThat(catalog.find(CableId.of("09STATE4134")).orElseThrow().revisionCount()).isEqualTo(1);
    }

    @Test
    void text_that_is_not_a_cable_is_rejected_with_the_reason() {
        IntakeResult result = intake.file("note.txt", "Lunch at noon?".getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(result).isInstanceOfSatisfying(IntakeResult.Rejected.class,
                r -> assertThat(r.reason()).startsWith("line "));
    }

    @Test
    void a_partial_extract_without_a_date_takes_its_id_from_a_file_named_by_id_and_only_then() {
        byte[] raw = TestCables.bytes("05MADRID572");

        IntakeResult anonymous = intake.file("extract.txt", raw).get(0);
        IntakeResult named = intake.file("/import/05MADRID572.txt", raw).get(0);

        assertThat(anonymous).isInstanceOfSatisfying(IntakeResult.Rejected.class,
                r -> assertThat(r.reason()).contains("no cable id could be read"));
        assertThat(named).isEqualTo(new IntakeResult.Filed(CableId.of("05MADRID572")));
        assertThat(CableIntake.idFromFileName("batch.zip!cables/05madrid572.txt")).isEqualTo("05MADRID572");
        assertThat(CableIntake.idFromFileName("notes.txt")).isNull();
    }

    @Test
    void a_cable_over_the_size_limit_is_rejected_before_it_is_read() {
        IntakeResult result = intake.file("huge.txt", new byte[CableIntake.MAX_FILE_BYTES + 1]).get(0);

        assertThat(result).isInstanceOfSatisfying(IntakeResult.Rejected.class,
                r -> assertThat(r.reason()).contains("limit"));
    }
}
