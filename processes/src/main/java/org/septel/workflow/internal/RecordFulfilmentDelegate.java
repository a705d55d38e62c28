package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordFulfilment: the owner's note closes the commitment as fulfilled. */
@Component("recordFulfilmentDelegate")
class RecordFulfilmentDelegate implements JavaDelegate {

    private final Commitments commitments;

    RecordFulfilmentDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.fulfil(FollowUpVariables.commitmentId(execution),
                (String) execution.getVariable(FollowUpVariables.FULFILMENT_NOTE));
    }
}
