package org.septel.ui.cable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.IntakeResult;
import org.septel.ui.tasks.MyTasksView;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Paste a cable's text; Septel files it and opens its case, or says why not (already on file, unreadable). */
@Route("cables/new")
@PageTitle("File a cable | Septel")
@PermitAll
public class PasteCableView extends VerticalLayout {

    private final CableIntake intake;
    private final TextArea text = new TextArea("Cable text");
    private final Div outcome = new Div();

    public PasteCableView(CableIntake intake) {
        this.intake = intake;
        text.setId("cable-text");
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setMaxHeight("28em");
        text.setMaxLength(CableIntake.MAX_CABLE_BYTES);
        text.setPlaceholder("Paste the whole cable, from the routing header or the classification line to the signature");
        text.setHelperText("Up to 2 MB. The text is kept exactly as pasted.");

        Button file = new Button("File cable", click -> file());
        file.setId("file-cable");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.setId("intake-outcome");

        setWidthFull();
        add(new H2("File a cable"), text, file, outcome);
    }

    private void file() {
        outcome.removeAll();
        List<IntakeResult> results = intake.file("pasted text", text.getValue().getBytes(StandardCharsets.UTF_8));
        if (results.size() == 1 && results.get(0) instanceof IntakeResult.Filed filed) {
            Notification.show("Filed " + filed.cableId() + ". Its review task is in My tasks.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
            return;
        }
        results.forEach(this::report);
        outcome.scrollIntoView();
    }

    private void report(IntakeResult result) {
        if (result instanceof IntakeResult.Filed filed) {
            say(filed.cableId(), "Filed " + filed.cableId() + "; its review task is in My tasks. ");
        } else if (result instanceof IntakeResult.AlreadyOnFile onFile) {
            say(onFile.cableId(), onFile.cableId() + " is already on file; no second case was started. ");
        } else if (result instanceof IntakeResult.ConflictingText conflict) {
            say(conflict.cableId(),
                    "A different text of " + conflict.cableId() + " is already on file; it was kept unchanged. ");
        } else if (result instanceof IntakeResult.Rejected rejected) {
            Paragraph why = new Paragraph("Not filed (" + rejected.sourceName() + "): " + rejected.reason() + ".");
            why.addClassName("error-text");
            outcome.add(why);
        }
    }

    private void say(CableId id, String message) {
        Paragraph paragraph = new Paragraph(message);
        paragraph.add(new RouterLink("Open " + id, CableView.class, id.value()));
        outcome.add(paragraph);
    }
}
