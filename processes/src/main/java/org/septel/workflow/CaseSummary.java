package org.septel.workflow;

import org.septel.cable.CableId;

import java.time.Instant;
import java.util.List;

/** Where a cable's case stands: open or closed, and its open tasks by name. */
public record CaseSummary(CableId cableId, boolean open, Instant started, Instant closed, List<String> openTasks) {
}
