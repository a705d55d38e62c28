package org.septel.workflow;

import java.time.Instant;
import java.util.List;

/**
 * An open task as the "My work" read model holds it (ADR 26).
 *
 * @param candidateGroups the groups it is offered to (empty when it never was)
 */
record OpenTask(String taskId, String taskKey, String name, String processInstanceId, String cableId, Instant due,
        Instant created, String assignee, List<String> candidateGroups) {

    boolean offered() {
        return !candidateGroups.isEmpty();
    }

    /** Who sees it: its assignee once assigned, else each group it is offered to. */
    List<String> parties() {
        if (assignee != null) {
            return List.of(WorkItemReadModel.userParty(assignee));
        }
        return candidateGroups.stream().map(WorkItemReadModel::groupParty).toList();
    }
}
