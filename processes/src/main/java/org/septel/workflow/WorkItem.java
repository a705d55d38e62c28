package org.septel.workflow;

import org.septel.cable.CableId;

import java.time.Instant;

/** One open task of a case, with what a person needs to decide whether to open it. */
public record WorkItem(
        String taskId,
        String taskKey,
        String name,
        CableId cableId,
        String cableSubject,
        Instant due,
        Instant created,
        String assignee) {

    public boolean isReview() {
        return CableCaseVariables.REVIEW_TASK_ID.equals(taskKey);
    }

    public boolean isFulfilment() {
        return FollowUpVariables.FULFIL_TASK_ID.equals(taskKey) || FollowUpVariables.FULFIL_UNDATED_TASK_ID.equals(taskKey);
    }

    public boolean isChase() {
        return FollowUpVariables.CHASE_TASK_ID.equals(taskKey);
    }

    public boolean isAnchorWait() {
        return FollowUpVariables.AWAIT_ANCHOR_TASK_ID.equals(taskKey);
    }

    public boolean isReplyConfirmation() {
        return FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID.equals(taskKey);
    }

    public boolean isOverdueDecision() {
        return FollowUpVariables.OVERDUE_TASK_ID.equals(taskKey);
    }
}
