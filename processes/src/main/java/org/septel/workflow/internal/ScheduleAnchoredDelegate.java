package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** ServiceTask_ScheduleAnchored: the anchor's date becomes the due date; the item then proceeds as a dated one. */
@Component("scheduleAnchoredDelegate")
class ScheduleAnchoredDelegate implements JavaDelegate {

    private final Commitments commitments;
    private final FollowUpDates dates;

    ScheduleAnchoredDelegate(Commitments commitments, FollowUpDates dates) {
        this.commitments = commitments;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object by = execution.getVariable(FollowUpVariables.DECIDED_BY);
        CommitmentView scheduled = commitments.setAnchorDate(FollowUpVariables.commitmentId(execution),
                LocalDate.parse((String) execution.getVariable(FollowUpVariables.ANCHOR_DATE)),
                by == null ? Commitments.SEPTEL : (String) by);
        execution.setVariable(FollowUpVariables.AWAITS_ANCHOR, false);
        dates.apply(execution, scheduled);
    }
}
