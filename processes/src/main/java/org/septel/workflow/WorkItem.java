package org.septel.workflow;

import org.septel.cable.CableId;

import java.time.Instant;

/** One open task of a case, with what a person needs to decide whether to open it. */
public record WorkItem(
        String taskId,
        String name,
        CableId cableId,
        String cableSubject,
        Instant due,
        Instant created,
        String assignee) {
}
