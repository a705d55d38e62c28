package org.septel.reporting;

import java.util.List;

/** One page of a work list and the number of rows in the whole list. */
public record WorkPage(List<WorkRow> rows, long total) {

    public WorkPage {
        rows = List.copyOf(rows);
    }
}
