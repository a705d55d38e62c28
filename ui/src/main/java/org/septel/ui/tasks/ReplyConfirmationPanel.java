package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Segment;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.commitment.ReplyMatchView;
import org.septel.ui.cable.CableView;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItem;
import org.septel.workflow.WorkItems;

import java.util.Optional;

/**
 * "Confirm fulfilment": the follow-up's own passage and the passage of the later cable that looks like its reply,
 * side by side, each read through {@link CableAccess} with the reader's clearance (a passage they may not read is
 * replaced by a note). Confirming closes the follow-up with the reply as evidence; rejecting asks why.
 */
class ReplyConfirmationPanel extends VerticalLayout {

    private static final int REASON_MAX_LENGTH = 1000;

    private final WorkItem item;
    private final WorkItems workItems;
    private final Actor actor;
    private final Runnable done;

    ReplyConfirmationPanel(WorkItem item, WorkItems workItems, Commitments commitments, FollowUpCandidates candidates,
            CableAccess cables, Actor actor, Runnable done) {
        this.item = item;
        this.workItems = workItems;
        this.actor = actor;
        this.done = done;
        setPadding(false);
        setId("reply-panel");
        Optional<CommitmentView> commitment = workItems.commitmentOf(item.taskId(), actor).map(commitments::find);
        Optional<CableId> reply = workItems.replyCableOf(item.taskId(), actor);
        if (commitment.isEmpty() || reply.isEmpty()) {
            add(new Paragraph("This task no longer names a follow-up and a reply."));
            return;
        }
        Optional<ReplyMatchView> match = commitments.reply(commitment.get().id(), reply.get());
        add(new Paragraph("Septel found a later cable that may be the reply to this follow-up"
                + match.map(m -> "TEXT".equals(m.matchedBy()) ? " (it names the same counterpart and action)."
                        : " (its REF block names this cable).").orElse(".")
                + " Nothing closes until you decide."));
        Div sideBySide = new Div(
                passage("The follow-up", commitment.get().cableId(), "original-passage",
                        original(cables, candidates, commitment.get())),
                passage("The reply", reply.get(), "reply-passage",
                        match.map(m -> replyPassage(cables, m)).orElse("(no passage recorded)")));
        sideBySide.addClassName("review-layout");
        sideBySide.setWidthFull();
        add(sideBySide);
        addDecision();
    }

    private Div passage(String title, CableId cableId, String id, String text) {
        Pre pre = new Pre(text);
        pre.addClassName("cable-text");
        pre.setId(id);
        H4 heading = new H4(title + " · ");
        heading.add(new RouterLink(cableId.value(), CableView.class, cableId.value()));
        return new Div(heading, pre);
    }

    private String original(CableAccess cables, FollowUpCandidates candidates, CommitmentView commitment) {
        Optional<ClearedCable> cable = cables.read(commitment.cableId(), actor.reader());
        if (cable.isEmpty() || cable.get().withheld()) {
            return "(withheld: your clearance does not cover " + commitment.cableId().value() + ")";
        }
        return candidates.visibleIn(cable.get()).stream().filter(c -> c.id() == commitment.candidateId()).findFirst()
                .map(c -> c.evidenceText() + "\n\n" + (c.actor() == null ? "" : c.actor() + ": ") + c.action())
                .orElse("(withheld: the passage is in a paragraph your clearance does not cover)");
    }

    private String replyPassage(CableAccess cables, ReplyMatchView match) {
        Optional<ClearedCable> cable = cables.read(match.replyCableId(), actor.reader());
        if (cable.isEmpty() || cable.get().withheld()
                || !cable.get().mayShow(match.paragraph(), match.passageStart(), match.passageEnd())) {
            return "(withheld: your clearance does not cover this passage of " + match.replyCableId().value() + ")";
        }
        StringBuilder text = new StringBuilder();
        for (Segment segment : cable.get().segments()) {
            int from = Math.max(match.passageStart(), segment.start());
            int to = Math.min(match.passageEnd(), segment.end());
            if (!segment.isWithheld() && from < to) {
                text.append(segment.text(), from - segment.start(), to - segment.start());
            }
        }
        return text.toString().strip();
    }

    private void addDecision() {
        Button confirm = new Button("Confirm fulfilment", click -> act(() -> workItems.confirmReply(item.taskId(), actor),
                "Follow-up closed as fulfilled, with the reply as evidence"));
        confirm.setId("confirm-fulfilment");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        TextArea reason = new TextArea("If it is not the reply: why?");
        reason.setId("reply-reject-reason");
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button reject = new Button("Not the reply", click -> act(() -> workItems.rejectReply(item.taskId(), actor,
                reason.getValue()), "Noted; the follow-up waits on"));
        reject.setId("reject-reply");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3("Is this the reply?"), new HorizontalLayout(confirm), reason, reject);
    }

    private void act(Runnable action, String message) {
        TaskAction.run(action, message, done);
    }
}
