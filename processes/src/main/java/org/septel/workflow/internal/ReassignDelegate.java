package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_Reassign: the manager's choice of owner is recorded; the new owner's tasks follow it. */
@Component("reassignDelegate")
class ReassignDelegate implements JavaDelegate {

    private final Commitments commitments;

    ReassignDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String owner = commitments.reassign(FollowUpVariables.commitmentId(execution),
                (String) execution.getVariable(FollowUpVariables.NEW_OWNER),
                (String) execution.getVariable(FollowUpVariables.DECIDED_BY),
                (String) execution.getVariable(FollowUpVariables.REASON)).owner();
        execution.setVariable(FollowUpVariables.OWNER, owner);
    }
}
