package org.septel.reporting;

import java.time.Instant;

/**
 * The open workflow task of a tracked follow-up (fulfil it, or decide an overdue one), for links to the task screen.
 *
 * @param taskKey  the BPMN task id, e.g. {@code Task_FulfilFollowUp}, {@code Task_HandleOverdue}
 * @param assignee null while the task is offered to a group
 */
public record OpenTask(String taskId, long commitmentId, String taskKey, String name, String assignee, Instant created) {

    public boolean isOverdueDecision() {
        return "Task_HandleOverdue".equals(taskKey);
    }
}
