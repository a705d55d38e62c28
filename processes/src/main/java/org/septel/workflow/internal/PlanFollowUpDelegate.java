package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.septel.workflow.WorkflowProperties;
import org.springframework.stereotype.Component;

/** ServiceTask_PlanFollowUp: owner, managers and the timer dates come from the commitment. */
@Component("planFollowUpDelegate")
class PlanFollowUpDelegate implements JavaDelegate {

    private final Commitments commitments;
    private final WorkflowProperties properties;
    private final FollowUpDates dates;

    PlanFollowUpDelegate(Commitments commitments, WorkflowProperties properties, FollowUpDates dates) {
        this.commitments = commitments;
        this.properties = properties;
        this.dates = dates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommitmentView commitment = commitments.find(FollowUpVariables.commitmentId(execution));
        execution.setVariable(FollowUpVariables.OWNER, commitment.owner());
        execution.setVariable(FollowUpVariables.MANAGER_GROUP, properties.managerGroup());
        execution.setVariable(FollowUpVariables.AWAITS_ANCHOR, commitment.awaitsAnchor());
        dates.apply(execution, commitment);
    }
}
