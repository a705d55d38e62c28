package org.septel.ui.tasks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.septel.reporting.WorkRow;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk action did, row by row: how many were done, and each refused row with the reason in the service's
 * own words. It stays on the page (a notification alone would vanish before a long list is read).
 */
final class BulkOutcome extends Div {

    private final List<String> refusals = new ArrayList<>();
    private int done;

    BulkOutcome() {
        setId("bulk-outcome");
        addClassName("bulk-outcome");
        setVisible(false);
    }

    void start() {
        done = 0;
        refusals.clear();
    }

    void done() {
        done++;
    }

    void refused(WorkRow row, String why) {
        refusals.add(row.cableId() + " · " + row.title() + ": " + why);
    }

    void show(String doneWord) {
        removeAll();
        String summary = done + " " + doneWord + (refusals.isEmpty() ? "." : "; " + refusals.size() + " refused:");
        add(new Paragraph(summary));
        if (!refusals.isEmpty()) {
            UnorderedList list = new UnorderedList();
            refusals.forEach(refusal -> list.add(new ListItem(refusal)));
            add(list);
        }
        setVisible(true);
        Notification.show(summary.replaceFirst(":$", " (see the list).")).addThemeVariants(refusals.isEmpty()
                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
    }
}
