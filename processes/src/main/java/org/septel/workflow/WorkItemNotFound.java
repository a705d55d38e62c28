package org.septel.workflow;

/**
 * The task does not exist, or it is not this person's to see. The two are not told apart, so that a guessed id
 * reveals nothing.
 */
public class WorkItemNotFound extends RuntimeException {

    public WorkItemNotFound(String taskId) {
        super("No open task " + taskId + " for you");
    }
}
