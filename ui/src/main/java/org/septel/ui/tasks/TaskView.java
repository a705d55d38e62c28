package org.septel.ui.tasks;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.commitment.CandidateView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.security.CurrentUser;
import org.septel.ui.Formats;
import org.septel.ui.cable.CableView;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkItems;

import java.util.ArrayList;
import java.util.List;

/** One task: the cable with the follow-ups found in it marked, the candidates to confirm or reject, and Complete. */
@Route("tasks/task")
@PageTitle("Task | Septel")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String> {

    private final WorkItems workItems;
    private final CableAccess cables;
    private final FollowUpCandidates candidates;
    private final Commitments commitments;
    private final Actor actor;
    private final Div review = new Div();
    /** The review's candidate cards in order, and the one the keys act on (-1: none). */
    private final List<CandidateCard> cards = new ArrayList<>();
    private int current;
    private boolean keysListening;

    public TaskView(WorkItems workItems, CableAccess cables, FollowUpCandidates candidates, Commitments commitments,
            CurrentUser currentUser) {
        this.workItems = workItems;
        this.commitments = commitments;
        this.cables = cables;
        this.candidates = candidates;
        this.actor = currentUser.actor();
        review.addClassName("review-layout");
        review.setId("review");
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
        Paragraph due = new Paragraph(item.due() == null ? "No due date" : "Due " + Formats.dateTime(item.due()));
        due.setId("task-due");

        // Actions sit above the cable: a cable can run to many screens.
        Button complete = new Button("Complete review", click -> complete(item));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(complete, new RouterLink("Back to My tasks", MyTasksView.class));
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        if (item.isReplyConfirmation()) {
            add(heading, due);
            add(new ReplyConfirmationPanel(item, workItems, commitments, candidates, cables, actor, this::backToMyTasks));
            return;
        }
        if (!item.isReview()) {
            add(heading, due);
            add(new FollowUpTaskPanel(item, workItems, commitments, cables, actor, this::backToMyTasks));
            return;
        }
        add(heading, due, actions);
        if (item.cableId() != null) {
            cables.read(item.cableId(), actor.reader()).ifPresent(cable -> {
                if (cable.withheld()) {
                    Paragraph withheld = new Paragraph("Cable " + cable.id().value() + " is withheld (" + cable.marking()
                            + "): your clearance does not cover it. Ask your manager to reassign this task.");
                    withheld.setId("cable-withheld");
                    add(withheld);
                    return;
                }
                add(cableSummary(cable), keyHints(), review);
                listenForKeys();
                showReview(cable);
            });
        }
    }

    private static Paragraph keyHints() {
        Paragraph hints = new Paragraph("Keys (click the cable or a card first): J / K next / previous card · "
                + "C confirm · E edit · R reject. Confirming moves on to the next card.");
        hints.setId("review-keys");
        hints.addClassName("hint");
        return hints;
    }

    /**
     * Single keys, heard only inside the review area (not in dialogs or fields elsewhere), so typing a reason
     * never confirms anything.
     */
    private void listenForKeys() {
        if (keysListening) {
            return;
        }
        keysListening = true;
        review.getElement().setAttribute("tabindex", "0");
        Shortcuts.addShortcutListener(review, () -> move(1), Key.KEY_J).listenOn(review);
        Shortcuts.addShortcutListener(review, () -> move(-1), Key.KEY_K).listenOn(review);
        Shortcuts.addShortcutListener(review, () -> press('c'), Key.KEY_C).listenOn(review);
        Shortcuts.addShortcutListener(review, () -> press('e'), Key.KEY_E).listenOn(review);
        Shortcuts.addShortcutListener(review, () -> press('r'), Key.KEY_R).listenOn(review);
    }

    private void move(int step) {
        if (cards.isEmpty()) {
            return;
        }
        if (current >= 0) {
            cards.get(current).markCurrent(false, false);
        }
        current = Math.floorMod(current + step, cards.size());
        cards.get(current).markCurrent(true, true);
    }

    private void press(char key) {
        if (current < 0 || current >= cards.size()) {
            return;
        }
        int pressed = current;
        cards.get(pressed).press(key);
        if (key == 'c' && current == pressed) {
            move(1);
        }
    }

    private VerticalLayout cableSummary(ClearedCable cable) {
        Paragraph subject = new Paragraph(cable.subject() == null ? "(no subject)" : cable.subject());
        subject.setId("cable-subject");
        Paragraph meta = new Paragraph(cable.markingInWords() + " · DTG " + Formats.dateTime(cable.dtg()) + " · ");
        meta.add(new RouterLink("open cable " + cable.id().value(), CableView.class, cable.id().value()));
        VerticalLayout summary = new VerticalLayout(subject, meta);
        summary.setPadding(false);
        summary.setSpacing(false);
        return summary;
    }

    private void showReview(ClearedCable cable) {
        review.removeAll();
        List<CandidateView> found = candidates.visibleIn(cable);
        Div list = new Div();
        list.addClassName("candidate-list");
        list.setId("candidates");
        list.add(new H3(found.isEmpty() ? "No follow-ups found" : found.size() + " follow-ups found"));
        if (found.isEmpty()) {
            list.add(new Paragraph("Septel found no promise, request or tasking in this cable. Read it, then complete the review."));
        }
        Button add = new Button("Add a follow-up…", click -> new CandidateForm(null, draft ->
                decide(cable, () -> candidates.add(cable.id(), draft, actor.reader()))).open());
        add.setId("add-candidate");
        list.add(add);
        found.forEach(candidate -> list.add(new CandidateCard(candidate,
                confirmed -> decide(cable, () -> candidates.confirm(confirmed.id(), actor.reader())),
                edited -> new CandidateForm(edited, draft ->
                        decide(cable, () -> candidates.edit(edited.id(), draft, actor.reader()))).open(),
                rejected -> askWhy(cable, rejected))));
        cards.clear();
        list.getChildren().filter(CandidateCard.class::isInstance).map(CandidateCard.class::cast).forEach(cards::add);
        current = cards.isEmpty() ? -1 : Math.max(0, Math.min(current, cards.size() - 1));
        if (current >= 0) {
            cards.get(current).markCurrent(true, false);
        }
        review.add(new CableTextWithEvidence(cable, found), list);
    }

    private void askWhy(ClearedCable cable, CandidateView candidate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject this candidate?");
        TextArea reason = new TextArea("Why is it not a follow-up?");
        reason.setId("reject-reason");
        reason.setMaxLength(FollowUpCandidates.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. hedged statement, already done, not ours to track");
        Button reject = new Button("Reject", click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why, so the next reviewer and the extractor can learn from it");
                return;
            }
            dialog.close();
            decide(cable, () -> candidates.reject(candidate.id(), actor.reader(), reason.getValue()));
        });
        reject.setId("confirm-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(candidate.action() == null ? "" : candidate.action()), reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), reject);
        dialog.open();
        reason.focus();
    }

    private void decide(ClearedCable cable, Runnable decision) {
        try {
            decision.run();
        } catch (IllegalStateException | IllegalArgumentException | java.util.NoSuchElementException refused) {
            Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
        showReview(cable);
    }

    private void backToMyTasks() {
        getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
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
