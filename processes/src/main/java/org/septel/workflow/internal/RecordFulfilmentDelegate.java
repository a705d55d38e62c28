package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.cable.CableId;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordFulfilment: the owner's note (and optional later cable) closes it as fulfilled or partly. */
@Component("recordFulfilmentDelegate")
class RecordFulfilmentDelegate implements JavaDelegate {

    private final Commitments commitments;

    RecordFulfilmentDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = FollowUpVariables.commitmentId(execution);
        String note = (String) execution.getVariable(FollowUpVariables.FULFILMENT_NOTE);
        Object evidence = execution.getVariable(FollowUpVariables.EVIDENCE_CABLE_ID);
        CableId cable = evidence == null || evidence.toString().isBlank() ? null : CableId.of(evidence.toString());
        if (FollowUpVariables.OUTCOME_PARTLY.equals(execution.getVariable(FollowUpVariables.OUTCOME))) {
            commitments.partlyFulfil(id, note, cable);
        } else {
            commitments.fulfil(id, note, cable);
        }
    }
}
