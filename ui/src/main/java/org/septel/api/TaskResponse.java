package org.septel.api;

import org.septel.workflow.WorkItem;

import java.time.Instant;

/** One open task, as on My tasks; the cable subject is already withheld where the caller may not read it. */
record TaskResponse(String taskId, String taskKey, String name, String cableId, String cableSubject, Instant due,
        Instant created, String assignee) {

    static TaskResponse of(WorkItem item) {
        return new TaskResponse(item.taskId(), item.taskKey(), item.name(),
                item.cableId() == null ? null : item.cableId().value(), item.cableSubject(), item.due(), item.created(),
                item.assignee());
    }
}
