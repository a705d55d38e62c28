package org.septel.export;

import org.septel.reporting.WorkRow;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The work list's columns, in the screen's order, with the row's marking first. */
final class ExportColumns {

    record Column(String header, Function<WorkRow, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("Marking", WorkRow::marking),
            new Column("Follow-up", WorkRow::title),
            new Column("Cable", WorkRow::cableId),
            new Column("Due", WorkRow::dueDate),
            new Column("Chase on", WorkRow::followUpDate),
            new Column("Status", row -> row.status().name().toLowerCase(java.util.Locale.ROOT)),
            new Column("Owner", row -> row.owner() == null ? "desk" : row.owner()),
            new Column("Desk", row -> row.desk() == null ? "" : row.desk()),
            new Column("Follow-up id", WorkRow::commitmentId));

    private ExportColumns() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDate date ? date.toString() : value.toString();
    }
}
