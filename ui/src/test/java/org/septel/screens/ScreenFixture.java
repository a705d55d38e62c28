package org.septel.screens;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.commitment.CandidateView;
import org.septel.commitment.FollowUpCandidates;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;

import java.util.List;

/**
 * The seed cable taken through the real workflow: filed, every visible candidate confirmed by dana, the review
 * completed (so each follow-up has its fulfil task), and one follow-up's due-date timer fired so it is overdue and
 * waits for a manager.
 */
public final class ScreenFixture {

    public static final Actor DANA = new Actor("dana", List.of("desk-officers", "desk:WHA-CAN"),
            Clearance.of(Classification.SECRET, PortionMarking.NOFORN));

    private ScreenFixture() {
    }

    /** Another officer of dana's desk, cleared as she is. */
    public static Actor actor(String username) {
        return new Actor(username, DANA.groups(), DANA.clearance());
    }

    public static void seed(CableIntake intake, FollowUpCandidates candidates, WorkItems workItems, ManagementService management) {
        CableId seed = CableId.of(SampleCables.SEED_ID);
        intake.file("seed", SampleCables.seed());
        for (CandidateView candidate : candidates.forCable(seed)) {
            candidates.confirm(candidate.id(), DANA.reader());
        }
        WorkItem review = workItems.openFor(DANA, 0, 50).stream().filter(WorkItem::isReview).findFirst().orElseThrow();
        workItems.complete(review.taskId(), DANA);
        Job overdue = management.createJobQuery().activityId("BoundaryEvent_Overdue").orderByJobDuedate().asc()
                .listPage(0, 1).get(0);
        management.executeJob(overdue.getId());
    }
}
