package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_MarkOverdue. Idempotent in the aggregate, so a timer that fires twice changes nothing. */
@Component("markOverdueDelegate")
class MarkOverdueDelegate implements JavaDelegate {

    private final Commitments commitments;

    MarkOverdueDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.markOverdue(FollowUpVariables.commitmentId(execution));
    }
}
