package org.septel.reporting;

import java.util.Objects;

/** The order of a work list: one column, ascending or descending. Rows without the value always come last. */
public record WorkSort(Column column, boolean descending) {

    public enum Column {
        DUE_DATE,
        FOLLOW_UP_DATE,
        CABLE,
        OWNER,
        STATUS,
        COUNTERPART
    }

    public static final WorkSort DUE_FIRST = new WorkSort(Column.DUE_DATE, false);

    public WorkSort {
        Objects.requireNonNull(column, "column");
    }
}
