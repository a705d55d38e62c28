package org.septel.commitment;

import org.junit.jupiter.api.Test;
import org.septel.BackendTestApplication;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:precision;DB_CLOSE_DELAY=-1")
class ExtractorPrecisionIT {

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    ExtractorPrecision precision;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void precision_per_kind_and_cue_follows_the_stored_review_decisions() {
        assertThat(precision.report().overall().precision()).as("nothing decided yet").isNull();
        intake.file("seed.txt", SampleCables.seed());
        List<CandidateView> found = candidates.forCable(CableId.of(SampleCables.SEED_ID));
        assertThat(found).hasSizeGreaterThanOrEqualTo(4);
        Reader dana = Reader.anyDesk("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));

        CandidateView confirmed = found.get(0);
        CandidateView rejected = found.get(1);
        CandidateView edited = found.get(2);
        candidates.confirm(confirmed.id(), dana);
        candidates.reject(rejected.id(), dana, "reported past, not pending");
        candidates.confirm(edited.id(), dana);
        // Editing a candidate records an EDITED decision after the confirmation; the review screens own that
        // path, so the row is written here as they will write it. The latest decision is the one that counts.
        jdbc.update("insert into candidate_decision (id, candidate_id, decision, decided_by, decided_at, reason) "
                + "values (?, ?, 'EDITED', 'dana', ?, 'due date put right')", 1_000_000L, edited.id(),
                Timestamp.from(BackendTestApplication.NOW.plusSeconds(60)));

        ExtractorPrecision.Report report = precision.report();

        ExtractorPrecision.Tally all = report.overall();
        assertThat(all.confirmed()).isEqualTo(1);
        assertThat(all.edited()).isEqualTo(1);
        assertThat(all.rejected()).isEqualTo(1);
        assertThat(all.undecided()).isEqualTo(found.size() - 3);
        assertThat(all.precision()).isEqualTo(2.0 / 3);

        assertThat(report.byKind()).extracting(ExtractorPrecision.Tally::key)
                .containsAll(found.stream().map(CandidateView::kind).distinct().toList());
        int decidedByKind = report.byKind().stream().mapToInt(ExtractorPrecision.Tally::decided).sum();
        int decidedByCue = report.byCue().stream().mapToInt(ExtractorPrecision.Tally::decided).sum();
        assertThat(decidedByKind).isEqualTo(3);
        assertThat(decidedByCue).isEqualTo(3);

        String rejectedCue = ExtractorPrecision.cueLabel(rejected.cue());
        ExtractorPrecision.Tally rejectedCueTally = report.byCue().stream()
                .filter(t -> t.key().equals(rejectedCue)).findFirst().orElseThrow();
        assertThat(rejectedCueTally.rejected()).isGreaterThanOrEqualTo(1);
        assertThat(report.byCue()).allSatisfy(t -> assertThat(t.key()).doesNotContain(":"));
    }
}
