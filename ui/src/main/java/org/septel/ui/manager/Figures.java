package org.septel.ui.manager;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.septel.reporting.Tally;
import org.septel.reporting.WorkFilter;
import org.septel.ui.tasks.MyTasksView;
import org.septel.ui.work.WorkLinks;

import java.util.List;
import java.util.function.Function;

/** Small building blocks of the boards: a number that links to the list it counts, and a table of tallies. */
final class Figures {

    static final int TOP = 10;

    private Figures() {
    }

    /** A number as a link to everyone's follow-ups narrowed by {@code filter}. */
    static Component link(long number, WorkFilter filter, String id) {
        RouterLink link = new RouterLink(String.valueOf(number), MyTasksView.class);
        link.setQueryParameters(WorkLinks.of(filter, true));
        if (id != null) {
            link.setId(id);
        }
        link.addClassName(number == 0 ? "figure-zero" : "figure");
        return link;
    }

    static Component card(String label, long number, WorkFilter filter, String id, String tone) {
        Div card = new Div(link(number, filter, id), new Span(label));
        card.addClassNames("stat-card", tone);
        return card;
    }

    /** The top rows of one breakdown: key, overdue (link), due this week (link). */
    static Component table(String title, String id, List<Tally> tallies, String noKey,
            Function<String, WorkFilter> narrow, WorkFilter overdue, WorkFilter dueSoon) {
        Div table = new Div();
        table.setId(id);
        table.addClassName("tally-table");
        table.add(new H3(title));
        Div header = new Div(new Span(""), new Span("overdue"), new Span("due this week"));
        header.addClassNames("tally-row", "tally-header");
        table.add(header);
        if (tallies.isEmpty()) {
            table.add(new Span("Nothing overdue or due soon."));
        }
        for (Tally tally : tallies.subList(0, Math.min(TOP, tallies.size()))) {
            String key = tally.key();
            WorkFilter scope = narrow.apply(key);
            // A missing key ("unrouted", "no organisation") cannot be filtered on, so its numbers are not links.
            Div row = key == null
                    ? new Div(new Span(noKey), new Span(String.valueOf(tally.overdue())), new Span(String.valueOf(tally.dueSoon())))
                    : new Div(new Span(shortKey(key)), link(tally.overdue(), merge(scope, overdue), null),
                            link(tally.dueSoon(), merge(scope, dueSoon), null));
            row.addClassName("tally-row");
            table.add(row);
        }
        if (tallies.size() > TOP) {
            table.add(new Span("and " + (tallies.size() - TOP) + " more"));
        }
        return table;
    }

    /** Desk groups are stored as {@code desk:WHA-CAN}; people read the desk's name. */
    static String shortKey(String key) {
        return key.startsWith("desk:") ? key.substring("desk:".length()) : key;
    }

    private static WorkFilter merge(WorkFilter scope, WorkFilter quick) {
        return scope.withQuick(quick.quick());
    }
}
