package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordChaseRequest: the manager's request to chase is recorded before the owner's task opens. */
@Component("recordChaseRequestDelegate")
class RecordChaseRequestDelegate implements JavaDelegate {

    private final Commitments commitments;

    RecordChaseRequestDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.askToChase(FollowUpVariables.commitmentId(execution),
                (String) execution.getVariable(FollowUpVariables.DECIDED_BY),
                (String) execution.getVariable(FollowUpVariables.REASON));
    }
}
