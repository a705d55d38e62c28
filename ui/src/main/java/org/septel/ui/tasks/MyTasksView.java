package org.septel.ui.tasks;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.septel.security.CurrentUser;
import org.septel.ui.Formats;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;

import java.time.Clock;

/** The officer's open tasks, paged from the engine, the earliest due first. */
@Route("tasks")
@RouteAlias("")
@PageTitle("My tasks | Septel")
@PermitAll
public class MyTasksView extends VerticalLayout {

    public MyTasksView(WorkItems workItems, CurrentUser currentUser, Clock clock) {
        Actor actor = currentUser.actor();
        Grid<WorkItem> grid = new Grid<>(WorkItem.class, false);
        grid.setId("my-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(item -> item.cableId() == null ? "" : item.cableId().value()).setHeader("Cable").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(WorkItem::cableSubject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(WorkItem::name).setHeader("Task").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Formats.dateTime(item.due())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.due() != null && item.due().isBefore(clock.instant()) ? "overdue" : null);
        grid.setItems(query -> workItems.openFor(actor, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, workItems.countOpenFor(actor)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, click.getItem().taskId())));

        Paragraph empty = new Paragraph("No open tasks. File a cable and its review task appears here.");
        empty.setId("no-tasks");
        grid.setEmptyStateComponent(empty);

        setSizeFull();
        add(new H2("My tasks"), grid);
        expand(grid);
    }
}
