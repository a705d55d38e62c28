package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.septel.commitment.Commitments;
import org.septel.commitment.ReminderKind;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

/** ServiceTask_RemindBeforeDue: the owner is reminded some business days before the due date, once. */
@Component("remindBeforeDueDelegate")
class RemindBeforeDueDelegate implements JavaDelegate {

    private final Commitments commitments;

    RemindBeforeDueDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.remind(FollowUpVariables.commitmentId(execution), ReminderKind.BEFORE_DUE);
    }
}
