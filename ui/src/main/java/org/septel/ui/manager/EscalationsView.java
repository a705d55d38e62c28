package org.septel.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.septel.clearance.Reader;
import org.septel.reporting.Escalation;
import org.septel.reporting.FollowUpTasks;
import org.septel.security.CurrentUser;
import org.septel.ui.tasks.TaskView;
import org.septel.ui.work.Dates;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkItems;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The manager's escalations: overdue follow-ups waiting for their decision, the longest overdue first. A row opens
 * the task screen (extend or withdraw one); several selected can be extended together.
 */
@Route("manager/escalations")
@PageTitle("Escalations | Septel")
@RolesAllowed({"MANAGER", "ADMIN"})
public class EscalationsView extends VerticalLayout {

    private final Grid<Escalation> grid = new Grid<>(Escalation.class, false);
    private final WorkItems workItems;
    private final Actor actor;
    private final Clock clock;

    public EscalationsView(FollowUpTasks tasks, WorkItems workItems, CurrentUser currentUser, Clock clock) {
        this.workItems = workItems;
        this.actor = currentUser.actor();
        this.clock = clock;
        Reader reader = currentUser.reader();
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        grid.setId("escalations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(e -> e.row().title()).setHeader("Follow-up").setFlexGrow(1);
        grid.addColumn(e -> e.row().cableId()).setHeader("Cable").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.row().owner()).setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Dates.date(e.row().dueDate())).setHeader("Was due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> overdueBy(e.row().dueDate(), today))
                .setHeader("Overdue by").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(e -> "overdue");
        grid.setItems(query -> tasks.escalations(reader, actor.groups(), query.getOffset(), query.getLimit()).stream(),
                query -> tasks.escalations(reader, actor.groups(), 0, Integer.MAX_VALUE).size());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().task().taskId())));
        Paragraph empty = new Paragraph("No escalations. Overdue follow-ups on your desks come here for your decision.");
        empty.setId("no-escalations");
        grid.setEmptyStateComponent(empty);

        Button extend = new Button("Extend selected…", click -> askExtension(grid.getSelectedItems()));
        extend.setId("bulk-extend");
        extend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        extend.setEnabled(false);
        grid.addSelectionListener(selection -> extend.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        add(new H2("Escalations"), extend, grid);
        expand(grid);
    }

    /** Whole days past the due date; a follow-up marked overdue on its due date has none yet. */
    static String overdueBy(LocalDate due, LocalDate today) {
        if (due == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(due, today);
        return days <= 0 ? "today" : days == 1 ? "1 day" : days + " days";
    }

    private void askExtension(Set<Escalation> chosen) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Extend " + chosen.size() + " follow-up" + (chosen.size() == 1 ? "" : "s"));
        DatePicker date = new DatePicker("New due date");
        date.setId("bulk-new-due");
        date.setMin(LocalDate.now(clock).plusDays(1));
        date.setLocale(Dates.locale());
        TextArea reason = new TextArea("Why does the due date move?");
        reason.setId("bulk-reason");
        reason.setWidthFull();
        Button confirm = new Button("Extend", click -> {
            if (date.isEmpty() || reason.getValue().isBlank()) {
                Notification.show("Give the new due date and the reason.");
                return;
            }
            dialog.close();
            extendAll(chosen, date.getValue(), reason.getValue());
        });
        confirm.setId("confirm-bulk-extend");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(date, reason));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    void extendAll(Set<Escalation> chosen, LocalDate newDue, String reason) {
        int done = 0;
        for (Escalation escalation : chosen) {
            try {
                workItems.extend(escalation.task().taskId(), actor, newDue, reason);
                done++;
            } catch (WorkItemNotFound | IllegalArgumentException | IllegalStateException refused) {
                // already decided by someone else, or the date is not after the current one: counted below
            }
        }
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        int skipped = chosen.size() - done;
        Notification.show(done + " extended to " + Dates.date(newDue)
                + (skipped == 0 ? "." : "; " + skipped + " could not be (already decided, or not after the current due date)."));
    }
}
