package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.commitment.ReminderKind;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RemindOnFollowUpDate: the owner is reminded to chase on the follow-up date, once. */
@Component("remindOnFollowUpDateDelegate")
class RemindOnFollowUpDateDelegate implements JavaDelegate {

    private final Commitments commitments;

    RemindOnFollowUpDateDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.remind(FollowUpVariables.commitmentId(execution), ReminderKind.FOLLOW_UP_DATE);
    }
}
