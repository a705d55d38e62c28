package org.septel.commitment;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:candidates;DB_CLOSE_DELAY=-1")
class FollowUpCandidatesIT {

    @Autowired
    CableIntake intake;
    @Autowired
    FollowUpCandidates candidates;

    @Test
    void filing_the_seed_stores_its_follow_ups_and_every_review_decision_is_kept() {
        intake.file("seed.txt", SampleCables.seed());

        List<CandidateView> found = candidates.forCable(CableId.of(SampleCables.SEED_ID));

        assertThat(found).isNotEmpty().allSatisfy(c -> assertThat(c.reviewState()).isEqualTo(ReviewState.PROPOSED));
        assertThat(found).anySatisfy(c -> {
            assertThat(c.actor()).isEqualTo("Shawn Caza");
            assertThat(c.dueText()).isEqualTo("soonest");
            assertThat(c.vague()).isTrue();
        });
        assertThat(found).anySatisfy(c -> assertThat(c.direction()).isEqualTo("owed_by_us"));
        CandidateView first = found.get(0);
        String text = new String(SampleCables.seed(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.substring(first.evidenceStart(), first.evidenceEnd())).isEqualTo(first.evidenceText());

        Reader dana = Reader.anyDesk("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));
        Reader intern = Reader.anyDesk("intern", Clearance.of(Classification.CONFIDENTIAL));
        assertThatThrownBy(() -> candidates.confirm(first.id(), intern)).isInstanceOf(java.util.NoSuchElementException.class);
        CandidateView confirmed = candidates.confirm(first.id(), dana);
        CandidateView rejected = candidates.reject(found.get(1).id(), dana, "hedged, not a promise");

        assertThat(confirmed.reviewState()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(rejected.reviewState()).isEqualTo(ReviewState.REJECTED);
        assertThat(candidates.decisionCount(first.id())).isEqualTo(1);
        assertThat(candidates.history(first.id())).extracting(ReviewStateChange::state)
                .containsExactly(ReviewState.PROPOSED, ReviewState.CONFIRMED);
        assertThatThrownBy(() -> candidates.confirm(first.id(), dana)).hasMessageContaining("already confirmed");
        assertThatThrownBy(() -> candidates.reject(first.id(), dana, " ")).hasMessageContaining("say why");
    }
}
