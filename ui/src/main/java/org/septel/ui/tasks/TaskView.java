package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableDetails;
import org.septel.security.CurrentUser;
import org.septel.ui.Formats;
import org.septel.ui.cable.CableView;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkItems;

/** One task: the cable it is about, and the button that completes it. */
@Route("tasks/task")
@PageTitle("Task | Septel")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String> {

    private final WorkItems workItems;
    private final CableCatalog cables;
    private final Actor actor;

    public TaskView(WorkItems workItems, CableCatalog cables, CurrentUser currentUser) {
        this.workItems = workItems;
        this.cables = cables;
        this.actor = currentUser.actor();
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        workItems.find(taskId, actor).ifPresentOrElse(this::show, () -> add(
                new H2("Task not found"),
                new Paragraph("This task is closed or is not yours to work."),
                new RouterLink("Back to My tasks", MyTasksView.class)));
    }

    private void show(WorkItem item) {
        H2 heading = new H2(item.name() + (item.cableId() == null ? "" : " · " + item.cableId().value()));
        heading.setId("task-heading");
        Paragraph due = new Paragraph("Due " + Formats.dateTime(item.due()));
        due.setId("task-due");

        // Actions sit above the cable: a cable can run to many screens.
        Button complete = new Button("Complete review", click -> complete(item));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(complete, new RouterLink("Back to My tasks", MyTasksView.class));
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        add(heading, due, actions);
        if (item.cableId() != null) {
            cables.find(item.cableId()).ifPresent(this::showCable);
        }
    }

    private void showCable(CableDetails cable) {
        Paragraph subject = new Paragraph(cable.subject() == null ? "(no subject)" : cable.subject());
        subject.setId("cable-subject");
        Paragraph meta = new Paragraph(cable.classification() + " · DTG " + Formats.dateTime(cable.dtg()) + " · ");
        meta.add(new RouterLink("open cable " + cable.id().value(), CableView.class, cable.id().value()));
        // Pre#setText escapes: cable text is always shown as text, never as HTML.
        Pre text = new Pre();
        text.setText(cable.text());
        text.setId("cable-text");
        text.addClassName("cable-text");
        add(subject, meta, text);
    }

    private void complete(WorkItem item) {
        try {
            workItems.complete(item.taskId(), actor);
            Notification.show("Review of " + item.cableId() + " completed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (WorkItemNotFound gone) {
            Notification.show("This task was already closed").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
    }
}
