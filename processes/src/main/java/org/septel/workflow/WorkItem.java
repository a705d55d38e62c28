package org.septel.workflow;

import org.septel.cable.CableId;

import java.time.Instant;

/**
 * One open task of a case, with what a person needs to decide whether to open it.
 *
 * @param assignee null while the task is offered to a group
 * @param offered  the task was offered to a group (a desk, the managers), so it can be claimed and given back
 */
public record WorkItem(
        String taskId,
        String taskKey,
        String name,
        CableId cableId,
        String cableSubject,
        Instant due,
        Instant created,
        String assignee,
        boolean offered) {

    /** Offered to a desk (a candidate group) and not yet taken: anyone of that desk may claim it. */
    public boolean claimable() {
        return offered && assignee == null;
    }

    /** Claimed from a desk by this person: they may give it back. */
    public boolean unclaimableBy(String username) {
        return offered && username.equals(assignee);
    }

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
