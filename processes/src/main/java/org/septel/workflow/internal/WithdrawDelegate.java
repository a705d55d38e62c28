package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_Withdraw: the manager's reason closes the commitment as withdrawn. */
@Component("withdrawDelegate")
class WithdrawDelegate implements JavaDelegate {

    private final Commitments commitments;

    WithdrawDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.withdraw(FollowUpVariables.commitmentId(execution),
                (String) execution.getVariable(FollowUpVariables.REASON));
    }
}
