package org.septel.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.septel.ProcessesTestApplication;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CableCaseStarterIT {

    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Actor OFFICER = new Actor("officer", List.of("desk-officers", "desk:WHA-CAN"), SECRET);
    private static final Actor UNCLEARED = new Actor("intern", List.of("desk-officers", "desk:WHA-CAN"), Clearance.of(Classification.CONFIDENTIAL));
    private static final Actor OUTSIDER = new Actor("visitor", List.of("another-desk"), SECRET);

    @Autowired
    CableIntake intake;
    @Autowired
    WorkItems workItems;
    @Autowired
    Cases cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void filing_a_cable_starts_one_case_whose_review_task_reaches_the_desk_and_closes_it() {
        IntakeResult first = intake.file("seed.txt", SampleCables.seed()).get(0);
        IntakeResult again = intake.file("seed-again.txt", SampleCables.seed()).get(0);

        assertThat(first).isInstanceOf(IntakeResult.Filed.class);
        assertThat(again).isInstanceOf(IntakeResult.AlreadyOnFile.class);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("08OTTAWA1245").count())
                .isEqualTo(1);

        List<WorkItem> mine = workItems.openFor(OFFICER, 0, 50);
        assertThat(mine).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("Review follow-ups");
            assertThat(item.cableId()).isEqualTo(CableId.of("08OTTAWA1245"));
            assertThat(item.cableSubject()).startsWith("CANADIANS CONSIDERING U.S. IDEAS");
            assertThat(item.due()).isEqualTo(Instant.parse("2008-09-24T09:00:00Z"));
        });
        assertThat(workItems.countOpenFor(OFFICER)).isEqualTo(1);
        assertThat(workItems.openFor(UNCLEARED, 0, 50)).singleElement()
                .satisfies(item -> assertThat(item.cableSubject()).isEqualTo("(subject withheld: S)"));
        assertThat(workItems.openFor(OUTSIDER, 0, 50)).isEmpty();
        String taskId = mine.get(0).taskId();
        assertThatThrownBy(() -> workItems.complete(taskId, OUTSIDER)).isInstanceOf(WorkItemNotFound.class);
        CaseSummary open = cases.caseOf(CableId.of("08OTTAWA1245")).orElseThrow();
        assertThat(open.open()).isTrue();
        assertThat(open.started()).as("the engine runs on Septel's pinned clock")
                .isBetween(ProcessesTestApplication.NOW, ProcessesTestApplication.NOW.plusSeconds(600));

        workItems.complete(taskId, OFFICER);

        assertThat(workItems.openFor(OFFICER, 0, 50)).isEmpty();
        CaseSummary closed = cases.caseOf(CableId.of("08OTTAWA1245")).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.openTasks()).isEmpty();
    }
}
