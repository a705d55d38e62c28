package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.cable.CableId;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_ConfirmReply: the owner confirmed the reply; the commitment closes with it as evidence. */
@Component("confirmReplyDelegate")
class ConfirmReplyDelegate implements JavaDelegate {

    private final Commitments commitments;

    ConfirmReplyDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.confirmReply(FollowUpVariables.commitmentId(execution),
                CableId.of((String) execution.getVariable(FollowUpVariables.REPLY_CABLE_ID)),
                (String) execution.getVariable(FollowUpVariables.DECIDED_BY));
    }
}
