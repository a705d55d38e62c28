package org.septel.ui.tasks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.clearance.Reader;
import org.septel.reporting.FollowUpTasks;
import org.septel.reporting.OpenTask;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.security.CurrentUser;
import org.septel.ui.Formats;
import org.septel.ui.work.WorkGrid;
import org.septel.ui.work.WorkLinks;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkItems;
import org.septel.workflow.WorkRefused;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * My work: the officer's follow-ups in one grid (paged, sorted and filtered in the database: quick filters, free
 * text, drill-downs from the boards), bulk fulfil / reassign / extend with a per-row outcome, and the engine tasks
 * waiting for them, where tasks offered to the desk are claimed and given back.
 */
@Route("tasks")
@RouteAlias("")
@PageTitle("My work | Septel")
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver {

    private final WorkGrid followUps;
    private final CheckboxGroup<QuickFilter> quick = new CheckboxGroup<>();
    private final TextField search = new TextField();
    private final H2 heading = new H2("My work");
    private final Div drillDown = new Div();
    private final Button fulfil = new Button("Mark fulfilled…", VaadinIcon.CHECK.create());
    private final Button reassign = new Button("Reassign…", VaadinIcon.USER.create());
    private final Button extend = new Button("Extend…", VaadinIcon.CALENDAR.create());
    private final BulkOutcome outcome = new BulkOutcome();
    private Grid<WorkItem> taskGrid;
    private final String username;
    private final Actor actor;
    private final WorkItems workItems;
    private final FollowUpTasks followUpTasks;
    private WorkFilter base;

    public MyTasksView(WorkItems workItems, WorkList workList, FollowUpTasks followUpTasks, CurrentUser currentUser,
            Clock clock) {
        this.workItems = workItems;
        this.followUpTasks = followUpTasks;
        this.actor = currentUser.actor();
        Reader reader = currentUser.reader();
        this.username = reader.username();
        this.base = WorkFilter.myWork(username);
        setSizeFull();
        addClassName("work-view");

        followUps = new WorkGrid(workList, reader, clock, base);
        followUps.setId("my-work");
        followUps.setSelectionMode(Grid.SelectionMode.MULTI);
        Paragraph none = new Paragraph("Nothing here. Follow-ups you confirm in a review land in this list; "
                + "clear the filters to see all of your open work.");
        none.setId("no-work");
        followUps.setEmptyStateComponent(none);

        search.setId("work-search");
        search.setPlaceholder("Filter: cable, subject, counterpart, action");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> apply());
        search.addClassName("work-search");

        quick.setId("quick-filters");
        quick.setItems(QuickFilter.values());
        quick.setItemLabelGenerator(QuickFilter::label);
        quick.addClassName("quick-filters");
        quick.addValueChangeListener(change -> apply());

        fulfil.setId("bulk-fulfil");
        fulfil.addClickListener(click -> askFulfilmentNote());
        reassign.setId("bulk-reassign");
        reassign.addClickListener(click -> askNewOwner());
        extend.setId("bulk-extend");
        extend.addClickListener(click -> askNewDueDate());
        for (Button bulk : new Button[] {fulfil, reassign, extend}) {
            bulk.setEnabled(false);
            bulk.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        followUps.addSelectionListener(selection -> {
            int n = selection.getAllSelectedItems().size();
            fulfil.setEnabled(n > 0);
            reassign.setEnabled(n > 0);
            extend.setEnabled(n > 0);
            fulfil.setText(n > 0 ? "Mark " + n + " fulfilled…" : "Mark fulfilled…");
        });

        drillDown.setId("drill-down");
        drillDown.addClassName("drill-down");
        drillDown.setVisible(false);

        HorizontalLayout toolbar = new HorizontalLayout(search, quick, fulfil, reassign, extend);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("work-toolbar");
        toolbar.getStyle().set("flex-wrap", "wrap");

        // Tasks first: the few things waiting for a decision (reviews, fulfilments, escalations), then the long list.
        taskGrid = tasksGrid(workItems, clock);
        add(heading, new H3("Tasks waiting for you"), taskGrid, new H3("Follow-ups"), drillDown,
                toolbar, outcome, followUps);
        expand(followUps);
        followUps.setMinHeight("16em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        boolean everyone = WorkLinks.everyone(parameters);
        base = WorkLinks.filter(parameters, everyone ? WorkFilter.tracked() : WorkFilter.myWork(username));
        heading.setText(everyone ? "All follow-ups" : "My work");
        quick.setValue(base.quick().isEmpty() ? Set.of() : EnumSet.copyOf(base.quick()));
        search.setValue(base.text() == null ? "" : base.text());
        boolean filtered = !parameters.getParameters().isEmpty();
        drillDown.removeAll();
        drillDown.setVisible(filtered);
        if (filtered) {
            drillDown.add(new Span(describe(base, everyone)), new RouterLink("Show all my work", MyTasksView.class));
        }
        apply();
    }

    private void apply() {
        followUps.setFilter(base.withQuick(quick.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(quick.getValue()))
                .withText(search.getValue()));
    }

    private static String describe(WorkFilter filter, boolean everyone) {
        StringBuilder text = new StringBuilder(everyone ? "Everyone's follow-ups" : "Your follow-ups");
        append(text, "owner", filter.owner() == null || !everyone ? null : filter.owner());
        append(text, "desk", filter.desk());
        append(text, "organisation", filter.counterpartOrg());
        append(text, "counterpart", filter.counterpart());
        append(text, "TAGS", filter.tag());
        append(text, "cable", filter.cableId());
        append(text, "overdue", filter.age() == null ? null : filter.age().label());
        return text.append(". ").toString();
    }

    private static void append(StringBuilder text, String what, String value) {
        if (value != null) {
            text.append(", ").append(what).append(" ").append(value);
        }
    }

    private void askFulfilmentNote() {
        Set<WorkRow> chosen = followUps.getSelectedItems();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark " + chosen.size() + " follow-up" + (chosen.size() == 1 ? "" : "s") + " fulfilled");
        TextArea note = new TextArea("What shows they are done?");
        note.setId("bulk-note");
        note.setWidthFull();
        Button confirm = new Button("Mark fulfilled", click -> {
            dialog.close();
            fulfilAll(chosen, note.getValue());
        });
        confirm.setId("confirm-bulk-fulfil");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Only follow-ups with an open fulfil task of this person change; each other row is reported with why. */
    void fulfilAll(Set<WorkRow> rows, String note) {
        runOnEach(rows, "marked fulfilled", task -> workItems.fulfil(task.taskId(), actor, note));
    }

    /** Each follow-up goes to the new owner if the service allows it (their desk, their clearance); else why not. */
    void reassignAll(Set<WorkRow> rows, String newOwner, String reason) {
        runOnEach(rows, "reassigned to " + (newOwner == null ? "" : newOwner.strip()),
                task -> workItems.reassign(task.taskId(), actor, newOwner, reason));
    }

    /** Each follow-up's due date moves, recorded as a slip with the reason; rows the service refuses say why. */
    void extendAll(Set<WorkRow> rows, LocalDate newDueDate, String reason) {
        runOnEach(rows, "extended", task -> workItems.extend(task.taskId(), actor, newDueDate, reason));
    }

    private void runOnEach(Set<WorkRow> rows, String doneWord, Consumer<OpenTask> action) {
        Map<Long, OpenTask> tasks = followUpTasks.of(rows);
        outcome.start();
        for (WorkRow row : rows) {
            OpenTask task = row.commitmentId() == null ? null : tasks.get(row.commitmentId());
            if (task == null) {
                outcome.refused(row, row.commitmentId() == null ? "not reviewed yet" : "no open task");
                continue;
            }
            try {
                action.accept(task);
                outcome.done();
            } catch (WorkItemNotFound notYours) {
                outcome.refused(row, task.isOverdueDecision() ? "waiting for a manager's decision" : "not yours to change");
            } catch (WorkRefused | IllegalArgumentException | IllegalStateException refused) {
                outcome.refused(row, refused.getMessage());
            }
        }
        followUps.deselectAll();
        followUps.getDataProvider().refreshAll();
        taskGrid.getDataProvider().refreshAll();
        outcome.show(doneWord);
    }

    private void askNewOwner() {
        Set<WorkRow> chosen = followUps.getSelectedItems();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reassign " + count(chosen));
        TextField owner = new TextField("New owner (username of an officer of the desk)");
        owner.setId("bulk-new-owner");
        owner.setMaxLength(64);
        owner.setWidthFull();
        TextArea reason = reasonField();
        Button confirm = new Button("Reassign", click -> {
            dialog.close();
            reassignAll(chosen, owner.getValue(), reason.getValue());
        });
        confirm.setId("confirm-bulk-reassign");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(owner, reason));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void askNewDueDate() {
        Set<WorkRow> chosen = followUps.getSelectedItems();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Extend " + count(chosen));
        DatePicker due = new DatePicker("New due date");
        due.setId("bulk-new-due");
        TextArea reason = reasonField();
        Button confirm = new Button("Extend", click -> {
            dialog.close();
            extendAll(chosen, due.getValue(), reason.getValue());
        });
        confirm.setId("confirm-bulk-extend");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(due, reason));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private static TextArea reasonField() {
        TextArea reason = new TextArea("Why (kept with each follow-up)");
        reason.setId("bulk-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        return reason;
    }

    private static String count(Set<WorkRow> rows) {
        return rows.size() + " follow-up" + (rows.size() == 1 ? "" : "s");
    }

    /** Claim / give back: only tasks offered to a desk have it; the service decides who may. */
    private Component claimButton(WorkItem item) {
        if (item.claimable()) {
            Button claim = new Button("Claim", click -> claimOrGiveBack(() -> workItems.claim(item.taskId(), actor),
                    "Claimed: the task is yours; the others on the desk no longer see it"));
            claim.setId("claim-" + item.taskId());
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return claim;
        }
        if (item.unclaimableBy(actor.username())) {
            Button giveBack = new Button("Give back", click -> claimOrGiveBack(() -> workItems.unclaim(item.taskId(), actor),
                    "Given back: the task is offered to the desk again"));
            giveBack.setId("unclaim-" + item.taskId());
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return giveBack;
        }
        return new Span();
    }

    private void claimOrGiveBack(Runnable action, String message) {
        try {
            action.run();
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (WorkRefused refused) {
            Notification.show("Not possible: " + refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (WorkItemNotFound gone) {
            Notification.show("This task is no longer open to you").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        taskGrid.getDataProvider().refreshAll();
    }

    private Grid<WorkItem> tasksGrid(WorkItems workItems, Clock clock) {
        Grid<WorkItem> grid = new Grid<>(WorkItem.class, false);
        grid.setId("my-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(item -> item.cableId() == null ? "" : item.cableId().value()).setHeader("Cable").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(WorkItem::cableSubject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(WorkItem::name).setHeader("Task").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.dateTime(item.due())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<WorkItem> claim = grid.addComponentColumn(this::claimButton).setHeader("").setKey("claim")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.due() != null && item.due().isBefore(clock.instant()) ? "overdue" : null);
        grid.setItems(query -> workItems.openFor(actor, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, workItems.countOpenFor(actor)));
        grid.addItemClickListener(click -> {
            if (click.getColumn() != claim) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().taskId()));
            }
        });
        Paragraph empty = new Paragraph("No open tasks. File a cable and its review task appears here.");
        empty.setId("no-tasks");
        grid.setEmptyStateComponent(empty);
        grid.setHeight("14em");
        grid.addClassName("tasks-grid");
        return grid;
    }
}
