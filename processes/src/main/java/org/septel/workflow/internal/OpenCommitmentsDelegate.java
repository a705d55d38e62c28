package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.cable.CableId;
import org.septel.commitment.Commitments;
import org.septel.workflow.CableCaseVariables;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenCommitments: each confirmed candidate becomes a commitment owned by the reviewer. */
@Component("openCommitmentsDelegate")
class OpenCommitmentsDelegate implements JavaDelegate {

    private final Commitments commitments;

    OpenCommitmentsDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CableId cableId = CableId.of((String) execution.getVariable(CableCaseVariables.CABLE_ID));
        String reviewer = (String) execution.getVariable(FollowUpVariables.REVIEWER);
        execution.setVariable(FollowUpVariables.COMMITMENT_IDS,
                FollowUpVariables.joinIds(commitments.openConfirmed(cableId, reviewer)));
    }
}
