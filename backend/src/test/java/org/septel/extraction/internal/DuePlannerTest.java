package org.septel.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.septel.extraction.Anchor;
import org.septel.extraction.Due;
import org.septel.extraction.ExtractionPolicy;

/** How time phrases become hard due dates, ranges, anchors and soft follow-up dates under the policy. */
class DuePlannerTest {

    private static final LocalDate DCT = LocalDate.of(2008, 9, 19);

    private final ExtractionPolicy policy = ExtractionPolicy.defaults();
    private final TimeNormalizer normalizer = new TimeNormalizer(policy);
    private final DuePlanner planner = new DuePlanner(policy);

    private DuePlanner.Planned plan(String clause) {
        return plan(clause, "");
    }

    private DuePlanner.Planned plan(String clause, String sentenceBefore) {
        List<TimeExpression> own = normalizer.find(clause, DCT);
        List<TimeExpression> conditions = normalizer.find(sentenceBefore, DCT).stream()
                .filter(e -> e.timeClass() == TimeClass.CONDITION).toList();
        return planner.plan(own, conditions, DCT);
    }

    @Test
    void asapHasNoDueDateAndAFollowUpAfterTenBusinessDays() {
        Due due = plan("he would report back soonest").due();
        assertThat(due.dueDate()).isNull();
        assertThat(due.vague()).isTrue();
        assertThat(due.anchor()).isEqualTo(Anchor.DCT);
        assertThat(due.followUpDate()).isEqualTo(LocalDate.of(2008, 10, 3));
    }

    @Test
    void unspecifiedIsVagueWithTheLongerFollowUp() {
        DuePlanner.Planned planned = plan("comments at a later date");
        assertThat(planned.dueText()).isEqualTo("at a later date");
        assertThat(planned.due().vague()).isTrue();
        assertThat(planned.due().anchor()).isEqualTo(Anchor.NONE);
        // twenty business days, one of them lost to Columbus Day (13 Oct 2008)
        assertThat(planned.due().followUpDate()).isEqualTo(LocalDate.of(2008, 10, 20));
    }

    @Test
    void pointIsAHardDeadlineChasedTwoBusinessDaysBefore() {
        Due due = plan("please report by October 31").due();
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2008, 10, 31));
        assertThat(due.earliest()).isEqualTo(DCT);
        assertThat(due.followUpDate()).isEqualTo(LocalDate.of(2008, 10, 29));
    }

    @Test
    void fuzzyRangeWithAnEventIsAnchoredOnTheEvent() {
        Due due = plan("to brief emboffs near the end of 2008, shortly before the next quadripartite meeting").due();
        assertThat(due.earliest()).isEqualTo(LocalDate.of(2008, 11, 15));
        assertThat(due.latest()).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2008, 12, 31));
        assertThat(due.anchor()).isEqualTo(Anchor.EVENT);
    }

    @Test
    void eventAloneHasNoDueDateButAFollowUpToLearnTheDate() {
        Due due = plan("in advance of that meeting").due();
        assertThat(due.anchor()).isEqualTo(Anchor.EVENT);
        assertThat(due.dueDate()).isNull();
        assertThat(due.followUpDate()).isEqualTo(LocalDate.of(2008, 10, 10));
    }

    @Test
    void conditionInTheSentenceDelaysAnAsapFollowUpPastItsReferenceDate() {
        Due due = plan("Caza promised he would report back soonest",
                "slowed until the results of the October 14 election were clear").due();
        assertThat(due.anchor()).isEqualTo(Anchor.CONDITION);
        assertThat(due.earliest()).isEqualTo(LocalDate.of(2008, 10, 14));
        assertThat(due.followUpDate()).isEqualTo(LocalDate.of(2008, 10, 28));
    }

    @Test
    void noTimeWordsGiveOnlyAPolicyFollowUp() {
        DuePlanner.Planned planned = plan("will report further developments septel");
        assertThat(planned.dueText()).isNull();
        assertThat(planned.due().anchor()).isEqualTo(Anchor.NONE);
        assertThat(planned.due().vague()).isFalse();
        assertThat(planned.due().followUpDate()).isEqualTo(LocalDate.of(2008, 10, 10));
    }

    @Test
    void pastRangesAreNotDeadlines() {
        assertThat(plan("agreed to chair the meeting in 2005").dueText()).isNull();
    }

    @Test
    void policyOverridesChangeTheFollowUp() {
        ExtractionPolicy slower = ExtractionPolicy.withOverrides(Map.of("followup.asap.business_days", "14"));
        DuePlanner slowPlanner = new DuePlanner(slower);
        Due due = slowPlanner.plan(normalizer.find("soonest", DCT), List.of(), DCT).due();
        assertThat(due.followUpDate()).isEqualTo(LocalDate.of(2008, 10, 9));
        assertThat(slower.asapBusinessDays()).isEqualTo(14);
        assertThat(slower.unspecifiedBusinessDays()).isEqualTo(policy.unspecifiedBusinessDays());
    }
}
