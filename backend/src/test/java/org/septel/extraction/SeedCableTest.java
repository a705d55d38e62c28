package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.septel.cable.ParsedCable;

/** The five follow-ups DOMAIN.md's reading of 08OTTAWA1245 (19 Sep 2008) expects, with their dates. */
class SeedCableTest {

    private static ParsedCable seed;
    private static List<Candidate> candidates;

    @BeforeAll
    static void extract() {
        seed = TestCables.parse("08OTTAWA1245");
        candidates = new FollowUpExtractor().extract(seed);
    }

    @Test
    void cazaReportsBackSoonestAsAVagueFollowUp() {
        Candidate c = find(2, "circulate ref a points").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.PROMISE);
        assertThat(c.actor()).isEqualTo("Shawn Caza");
        assertThat(c.actorOrg()).isEqualTo("DFAIT");
        assertThat(c.direction()).isEqualTo(Direction.OWED_TO_US);
        assertThat(c.dueText()).isEqualTo("soonest");
        assertThat(c.due().vague()).isTrue();
        assertThat(c.due().dueDate()).isNull();
        assertThat(c.due().followUpDate()).isAfter(LocalDate.of(2008, 9, 19));
    }

    @Test
    void sampleSendsFinanceCommentsAtALaterDate() {
        Candidate c = find(2, "promised to provide comments").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.PROMISE);
        assertThat(c.actor()).isEqualTo("Robert Sample");
        assertThat(c.actorOrg()).contains("Finance");
        assertThat(c.direction()).isEqualTo(Direction.OWED_TO_US);
        assertThat(c.dueText()).isEqualTo("at a later date");
        assertThat(c.due().vague()).isTrue();
        assertThat(c.due().dueDate()).isNull();
        assertThat(c.due().followUpDate()).isNotNull();
    }

    @Test
    void cabinetStrategyIsDueInTheFirstFewMonthsOf2009() {
        Candidate c = find(3, "non-proliferation strategy").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.PLANNED_DELIVERABLE);
        assertThat(c.actor()).isEqualTo("Shawn Caza");
        assertThat(c.dueText()).isEqualToIgnoringWhitespace("in the first few months of 2009");
        assertThat(c.due().earliest()).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(c.due().latest()).isEqualTo(LocalDate.of(2009, 4, 30));
        assertThat(c.due().dueDate()).isEqualTo(LocalDate.of(2009, 4, 30));
    }

    @Test
    void cazaBriefsNearTheEndOf2008BeforeTheQuadripartiteMeeting() {
        Candidate c = find(5, "promised to brief emboffs").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.PROMISE);
        assertThat(c.actor()).isEqualTo("Shawn Caza");
        assertThat(c.direction()).isEqualTo(Direction.OWED_TO_US);
        assertThat(c.dueText()).isEqualTo("near the end of 2008");
        assertThat(c.due().earliest()).isEqualTo(LocalDate.of(2008, 11, 15));
        assertThat(c.due().latest()).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(c.due().anchor()).isEqualTo(Anchor.EVENT);
    }

    @Test
    void usThinkingOnPressureIsOwedByUs() {
        Candidate c = find(5, "U.S. thinking").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.REQUEST);
        assertThat(c.direction()).isEqualTo(Direction.OWED_BY_US);
        assertThat(c.due().dueDate()).isNull();
    }

    @Test
    void hedgedRecommendationInParagraphFourIsNotACommitment() {
        assertThat(candidates).noneMatch(c -> Integer.valueOf(4).equals(c.paragraph()));
    }

    @Test
    void evidenceSpansIndexTheCableText() {
        for (Candidate c : candidates) {
            assertThat(seed.text().substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().text());
        }
    }

    private static Optional<Candidate> find(int paragraph, String evidenceWords) {
        return candidates.stream()
                .filter(c -> Integer.valueOf(paragraph).equals(c.paragraph()))
                .filter(c -> c.evidence().text().replaceAll("\\s+", " ").contains(evidenceWords))
                .findFirst();
    }
}
