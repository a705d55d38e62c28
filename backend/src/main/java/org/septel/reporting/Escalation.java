package org.septel.reporting;

/** An overdue follow-up waiting for a manager's decision: the task to open and the follow-up it is about. */
public record Escalation(OpenTask task, WorkRow row) {
}
