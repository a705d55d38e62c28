package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** ServiceTask_RecordSlip: the manager's new due date and reason become a slip, and the timer is re-armed. */
@Component("recordSlipDelegate")
class RecordSlipDelegate implements JavaDelegate {

    private final Commitments commitments;
    private final FollowUpDates dates;

    RecordSlipDelegate(Commitments commitments, FollowUpDates dates) {
        this.commitments = commitments;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate newDueDate = LocalDate.parse((String) execution.getVariable(FollowUpVariables.NEW_DUE_DATE));
        CommitmentView extended = commitments.extend(FollowUpVariables.commitmentId(execution), newDueDate,
                (String) execution.getVariable(FollowUpVariables.REASON),
                (String) execution.getVariable(FollowUpVariables.DECIDED_BY));
        dates.apply(execution, extended);
    }
}
