package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.septel.commitment.CandidateView;
import org.septel.commitment.ReviewState;

import java.util.Locale;
import java.util.function.Consumer;

/** One follow-up candidate: what was found, why, and the confirm, edit and reject buttons. It only fires events. */
class CandidateCard extends Div {

    private final Button confirm;
    private final Button edit;
    private final Button reject;

    CandidateCard(CandidateView candidate, Consumer<CandidateView> onConfirm, Consumer<CandidateView> onEdit,
            Consumer<CandidateView> onReject) {
        addClassName("candidate-card");
        addClassName("state-" + candidate.reviewState().name().toLowerCase(Locale.ROOT));
        setId("candidate-" + candidate.id());

        String who = candidate.actor() == null ? "someone" : candidate.actor()
                + (candidate.actorOrg() == null || candidate.actorOrg().equals(candidate.actor()) ? "" : " (" + candidate.actorOrg() + ")");
        H4 title = new H4(label(candidate.kind()) + " · " + who);
        Span state = new Span(stateLabel(candidate.reviewState()));
        state.addClassName("state-badge");
        state.getElement().getThemeList().add("badge");

        Paragraph action = new Paragraph(candidate.action() == null ? "(no action found)" : candidate.action());
        Paragraph due = new Paragraph(dueLine(candidate));
        due.addClassName("candidate-due");
        Paragraph meta = new Paragraph(direction(candidate.direction())
                + (candidate.paragraph() == null ? "" : " · paragraph " + candidate.paragraph())
                + " · confidence " + Math.round(candidate.confidence() * 100) + "%"
                + (candidate.cue() == null ? "" : " · cue \"" + candidate.cue() + "\"")
                + (candidate.owner() == null ? "" : " · owner " + candidate.owner())
                + (candidate.byHand() ? " · added by " + candidate.addedBy() : ""));
        meta.addClassName("candidate-meta");

        confirm = new Button("Confirm", click -> onConfirm.accept(candidate));
        confirm.setTooltipText("Confirm (C)");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        confirm.setId("confirm-" + candidate.id());
        confirm.setEnabled(candidate.reviewState() != ReviewState.CONFIRMED);
        reject = new Button("Reject…", click -> onReject.accept(candidate));
        reject.setTooltipText("Reject, saying why (R)");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.setId("reject-" + candidate.id());
        reject.setEnabled(candidate.reviewState() != ReviewState.REJECTED);

        edit = new Button("Edit…", click -> onEdit.accept(candidate));
        edit.setTooltipText("Edit (E)");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("edit-" + candidate.id());
        edit.setEnabled(candidate.reviewState() != ReviewState.REJECTED);

        add(new HorizontalLayout(title, state), action, due, meta, new HorizontalLayout(confirm, edit, reject));
    }

    /** The keyboard's way to press a button: only if it is enabled, as a mouse click would. */
    void press(char key) {
        Button button = switch (key) {
            case 'c' -> confirm;
            case 'e' -> edit;
            case 'r' -> reject;
            default -> throw new IllegalArgumentException("no button for " + key);
        };
        if (button.isEnabled()) {
            button.click();
        }
    }

    /** Marks the card the keys act on; scrolls to it only when the keys moved there (not on first showing). */
    void markCurrent(boolean current, boolean scroll) {
        setClassName("current", current);
        if (current && scroll) {
            scrollIntoView();
        }
    }

    private static String dueLine(CandidateView c) {
        StringBuilder line = new StringBuilder(c.dueText() == null ? "No time given" : "\u201C" + c.dueText() + "\u201D");
        if (c.earliest() != null && c.latest() != null) {
            line.append(" · between ").append(c.earliest()).append(" and ").append(c.latest());
        }
        if (c.dueDate() != null) {
            line.append(" · due ").append(c.dueDate());
        }
        if (c.followUpDate() != null) {
            line.append(" · chase on ").append(c.followUpDate());
        }
        if ("EVENT".equals(c.anchor())) {
            line.append(" · waits on an event");
        } else if ("CONDITION".equals(c.anchor())) {
            line.append(" · waits on a condition");
        }
        if (c.vague()) {
            line.append(" · vague");
        }
        return line.toString();
    }

    private static String label(String kind) {
        return switch (kind) {
            case "promise" -> "Promise";
            case "request" -> "Request";
            case "tasking" -> "Tasking";
            case "planned_deliverable" -> "Planned deliverable";
            default -> kind;
        };
    }

    private static String direction(String direction) {
        return switch (direction) {
            case "owed_to_us" -> "owed to us";
            case "owed_by_us" -> "owed by us";
            default -> "between third parties";
        };
    }

    private static String stateLabel(ReviewState state) {
        return switch (state) {
            case PROPOSED -> "to review";
            case CONFIRMED -> "confirmed";
            case REJECTED -> "rejected";
        };
    }
}
