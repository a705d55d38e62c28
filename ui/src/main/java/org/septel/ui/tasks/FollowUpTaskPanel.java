package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.commitment.CommitmentActionView;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.SlipView;
import org.septel.ui.Formats;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;

import java.util.List;

/**
 * A follow-up task: what is owed, by whom and by when, its slips and actions so far, and what the task allows. The
 * owner records the fulfilment (fully or partly, with a note or a later cable), reports that a chase brought
 * nothing, or sets the date an anchored item waited for; a manager extends, reassigns, asks the owner to chase, or
 * withdraws an overdue one.
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
            List<CommitmentActionView> actions = commitments.actions(commitment.id());
            actions.forEach(action -> add(new Paragraph(Formats.dateTime(action.at()) + " · " + action.by() + " · "
                    + action.action().toLowerCase().replace('_', ' ')
                    + (action.detail() == null || !readable ? "" : ": " + action.detail()))));
        });
        if (item.isFulfilment() || item.isChase()) {
            addFulfilment();
        } else if (item.isOverdueDecision()) {
            addOverdueDecision();
        } else if (item.isAnchorWait()) {
            addAnchorDate();
        }
    }

    private Paragraph describe(CommitmentView commitment, boolean readable) {
        String what = readable ? commitment.actor() + ": " + commitment.action() : "(withheld: your clearance does not cover the cable)";
        Paragraph paragraph = new Paragraph(what + " · " + (commitment.dueDate() == null ? "no hard due date"
                : "due " + commitment.dueDate()) + " · " + commitment.status().name().toLowerCase().replace('_', ' ')
                + " · owner " + commitment.owner() + (commitment.owedByUs() ? " · we owe it" : ""));
        paragraph.setId("commitment-summary");
        return paragraph;
    }

    private void addFulfilment() {
        TextArea note = new TextArea("What was delivered (a note)");
        note.setId("fulfilment-note");
        note.setMaxLength(REASON_MAX_LENGTH);
        note.setWidthFull();
        TextField evidence = new TextField("Later cable showing it (optional, e.g. 09OTTAWA45)");
        evidence.setId("evidence-cable");
        evidence.setMaxLength(CableId.MAX_LENGTH);
        Checkbox partly = new Checkbox("Only partly fulfilled (say in the note what is missing)");
        partly.setId("partly");
        Button fulfilled = new Button("Mark fulfilled", click -> act(() -> workItems.fulfil(item.taskId(), actor,
                note.getValue(), partly.getValue(), cableId(evidence.getValue())),
                partly.getValue() ? "Follow-up closed as partly fulfilled" : "Follow-up closed as fulfilled"));
        fulfilled.setId("mark-fulfilled");
        fulfilled.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(fulfilled);
        if (item.isChase()) {
            Button nothingYet = new Button("Nothing yet: back to the managers", click -> act(() ->
                    workItems.nothingYet(item.taskId(), actor, note.getValue()), "Handed back to the managers"));
            nothingYet.setId("nothing-yet");
            buttons.add(nothingYet);
        }
        add(new H3(item.isChase() ? "Chase it, then record what came" : "Record the fulfilment"), note, evidence,
                partly, buttons);
    }

    private void addOverdueDecision() {
        DatePicker newDue = new DatePicker("New due date");
        newDue.setId("new-due-date");
        TextField newOwner = new TextField("New owner (username, to reassign)");
        newOwner.setId("new-owner");
        newOwner.setMaxLength(64);
        TextArea reason = new TextArea("Reason (kept with the slip, reassignment or request)");
        reason.setId("decision-reason");
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button extend = new Button("Extend", click -> act(() -> workItems.extend(item.taskId(), actor, newDue.getValue(),
                reason.getValue()), "Due date extended; the slip is recorded"));
        extend.setId("extend");
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reassign = new Button("Reassign", click -> act(() -> workItems.reassign(item.taskId(), actor,
                newOwner.getValue(), reason.getValue()), "Reassigned; the new owner has a chase task"));
        reassign.setId("reassign");
        Button chase = new Button("Ask the owner to chase", click -> act(() -> workItems.askToChase(item.taskId(), actor,
                reason.getValue()), "The owner has a chase task"));
        chase.setId("ask-to-chase");
        Button withdraw = new Button("Withdraw", click -> act(() -> workItems.withdraw(item.taskId(), actor, reason.getValue()),
                "Follow-up withdrawn"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3("This follow-up is overdue"), newDue, newOwner, reason,
                new HorizontalLayout(extend, reassign, chase, withdraw));
    }

    private void addAnchorDate() {
        DatePicker date = new DatePicker("Due date, now that the event or condition is known");
        date.setId("anchor-date");
        Button set = new Button("Set the date", click -> act(() -> workItems.setAnchorDate(item.taskId(), actor,
                date.getValue()), "Date set; the follow-up now runs to it"));
        set.setId("set-anchor-date");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("This follow-up waits on an event or condition"), date, set);
    }

    private static CableId cableId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!CableId.isCanonical(text.strip())) {
            throw new IllegalArgumentException("not a cable id: " + text.strip() + " (e.g. 09OTTAWA45)");
        }
        return CableId.of(text.strip());
    }

    private void act(Runnable action, String message) {
        TaskAction.run(action, message, done);
    }
}
