package org.septel.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.septel.commitment.CandidateDraft;
import org.septel.commitment.CandidateView;

import java.util.List;
import java.util.function.Consumer;

/**
 * The dialog for editing a candidate or adding one by hand. It only builds a {@link CandidateDraft} and hands it to
 * {@code onSave}; the caller calls the service and shows what it refused. Limits come from the domain.
 */
class CandidateForm extends Dialog {

    private final Select<String> kind = new Select<>();
    private final TextField actor = new TextField("Who must act");
    private final TextField actorOrg = new TextField("Their organisation");
    private final TextField toWhom = new TextField("To whom");
    private final Select<String> direction = new Select<>();
    private final TextArea action = new TextArea("What must happen");
    private final DatePicker dueDate = new DatePicker("Hard due date");
    private final DatePicker followUpDate = new DatePicker("Chase on (follow-up date)");
    private final TextField owner = new TextField("Owner (username; empty: the reviewer)");
    private final IntegerField paragraph = new IntegerField("Paragraph");
    private final TextArea evidence = new TextArea("The passage that states it");

    /** @param existing the candidate to edit, or null to add one */
    CandidateForm(CandidateView existing, Consumer<CandidateDraft> onSave) {
        boolean adding = existing == null;
        setHeaderTitle(adding ? "Add a follow-up Septel did not find" : "Edit this follow-up");
        setId("candidate-form");
        kind.setLabel("Kind");
        kind.setItems(List.of("promise", "request", "tasking", "planned_deliverable"));
        kind.setId("form-kind");
        direction.setLabel("Direction");
        direction.setItems(List.of("owed_to_us", "owed_by_us", "third_party"));
        direction.setId("form-direction");
        action.setId("form-action");
        action.setMaxLength(CandidateDraft.ACTION_MAX_LENGTH);
        actor.setId("form-actor");
        actor.setMaxLength(CandidateDraft.NAME_MAX_LENGTH);
        actorOrg.setMaxLength(CandidateDraft.NAME_MAX_LENGTH);
        toWhom.setMaxLength(CandidateDraft.NAME_MAX_LENGTH);
        owner.setId("form-owner");
        owner.setMaxLength(64);
        dueDate.setId("form-due");
        followUpDate.setId("form-follow-up");
        evidence.setId("form-evidence");
        evidence.setMaxLength(4000);
        FormLayout form = new FormLayout(kind, direction, actor, actorOrg, toWhom, owner, dueDate, followUpDate, action);
        form.setColspan(action, 2);
        if (adding) {
            kind.setValue("promise");
            direction.setValue("owed_to_us");
            form.add(paragraph, evidence);
            form.setColspan(evidence, 2);
        } else {
            CandidateDraft current = CandidateDraft.of(existing);
            kind.setValue(current.kind());
            direction.setValue(current.direction());
            actor.setValue(nullToEmpty(current.actor()));
            actorOrg.setValue(nullToEmpty(current.actorOrg()));
            toWhom.setValue(nullToEmpty(current.toWhom()));
            action.setValue(current.action());
            dueDate.setValue(current.dueDate());
            followUpDate.setValue(current.followUpDate());
            owner.setValue(nullToEmpty(current.owner()));
        }
        Paragraph kept = new Paragraph(adding ? "It is confirmed at once and kept as added by you."
                : "The extractor's original is kept; the change is recorded with your name.");
        add(kept, form);
        Button save = new Button(adding ? "Add" : "Save", click -> {
            try {
                onSave.accept(new CandidateDraft(kind.getValue(), actor.getValue(), actorOrg.getValue(),
                        toWhom.getValue(), direction.getValue(), action.getValue(), dueDate.getValue(),
                        followUpDate.getValue(), owner.getValue(), adding ? paragraph.getValue() : null,
                        adding ? evidence.getValue() : null));
                close();
            } catch (IllegalArgumentException invalid) {
                action.setInvalid(true);
                action.setErrorMessage(invalid.getMessage());
            }
        });
        save.setId("save-candidate");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
