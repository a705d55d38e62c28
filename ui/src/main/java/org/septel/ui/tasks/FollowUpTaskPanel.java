package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.septel.clearance.CableAccess;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.SlipView;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkItems;

import java.util.List;

/**
 * A follow-up task: what is owed, by whom and by when, its slips so far, and the actions the task allows (the
 * owner records the fulfilment; a manager extends or withdraws an overdue one).
 */
class FollowUpTaskPanel extends VerticalLayout {

    private static final int REASON_MAX_LENGTH = 1000;

    private final WorkItem item;
    private final WorkItems workItems;
    private final Actor actor;
    private final Runnable done;

    FollowUpTaskPanel(WorkItem item, WorkItems workItems, Commitments commitments, CableAccess cables, Actor actor,
            Runnable done) {
        this.item = item;
        this.workItems = workItems;
        this.actor = actor;
        this.done = done;
        setPadding(false);
        setId("follow-up-panel");
        boolean readable = item.cableId() != null
                && cables.read(item.cableId(), actor.reader()).map(cable -> !cable.withheld()).orElse(false);
        workItems.commitmentOf(item.taskId(), actor).map(commitments::find).ifPresent(commitment -> {
            add(describe(commitment, readable));
            List<SlipView> slips = commitments.slips(commitment.id());
            slips.forEach(slip -> add(new Paragraph("Slipped from " + slip.oldDueDate() + " to " + slip.newDueDate()
                    + " by " + slip.approvedBy() + ": " + slip.reason())));
        });
        if (item.isFulfilment()) {
            addFulfilment();
        } else if (item.isOverdueDecision()) {
            addOverdueDecision();
        }
    }

    private Paragraph describe(CommitmentView commitment, boolean readable) {
        String what = readable ? commitment.actor() + ": " + commitment.action() : "(withheld: your clearance does not cover the cable)";
        Paragraph paragraph = new Paragraph(what + " · " + (commitment.dueDate() == null ? "no hard due date"
                : "due " + commitment.dueDate()) + " · " + commitment.status().name().toLowerCase() + " · owner "
                + commitment.owner());
        paragraph.setId("commitment-summary");
        return paragraph;
    }

    private void addFulfilment() {
        TextArea note = new TextArea("What was delivered (a note, or the reply cable's id)");
        note.setId("fulfilment-note");
        note.setMaxLength(REASON_MAX_LENGTH);
        note.setWidthFull();
        Button fulfilled = new Button("Mark fulfilled", click -> act(() -> workItems.fulfil(item.taskId(), actor, note.getValue()),
                "Follow-up closed as fulfilled"));
        fulfilled.setId("mark-fulfilled");
        fulfilled.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("Record the fulfilment"), note, fulfilled);
    }

    private void addOverdueDecision() {
        DatePicker newDue = new DatePicker("New due date");
        newDue.setId("new-due-date");
        TextArea reason = new TextArea("Reason (kept with the slip)");
        reason.setId("decision-reason");
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button extend = new Button("Extend", click -> act(() -> workItems.extend(item.taskId(), actor, newDue.getValue(),
                reason.getValue()), "Due date extended; the slip is recorded"));
        extend.setId("extend");
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button withdraw = new Button("Withdraw", click -> act(() -> workItems.withdraw(item.taskId(), actor, reason.getValue()),
                "Follow-up withdrawn"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3("This follow-up is overdue"), newDue, reason, new HorizontalLayout(extend, withdraw));
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        } catch (WorkItemNotFound gone) {
            Notification.show("This task was already closed").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            done.run();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
