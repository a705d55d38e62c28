package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.cable.CableId;
import org.septel.commitment.Commitments;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RejectReply: the owner said the cable is not the reply; recorded, and the follow-up waits on. */
@Component("rejectReplyDelegate")
class RejectReplyDelegate implements JavaDelegate {

    private final Commitments commitments;

    RejectReplyDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.rejectReply(FollowUpVariables.commitmentId(execution),
                CableId.of((String) execution.getVariable(FollowUpVariables.REPLY_CABLE_ID)),
                (String) execution.getVariable(FollowUpVariables.DECIDED_BY),
                (String) execution.getVariable(FollowUpVariables.REASON));
    }
}
