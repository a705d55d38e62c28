package org.septel.ui.cable;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableDetails;
import org.septel.cable.CableId;
import org.septel.ui.Formats;
import org.septel.ui.tasks.MyTasksView;
import org.septel.workflow.CaseSummary;
import org.septel.workflow.Cases;

/** One filed cable: its header fields, the state of its case, and its text exactly as filed. */
@Route("cables")
@PageTitle("Cable | Septel")
@PermitAll
public class CableView extends VerticalLayout implements HasUrlParameter<String> {

    private final CableCatalog cables;
    private final Cases cases;

    public CableView(CableCatalog cables, Cases cases) {
        this.cables = cables;
        this.cases = cases;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String cableId) {
        removeAll();
        if (!CableId.isCanonical(cableId)) {
            notOnFile(cableId);
            return;
        }
        cables.find(CableId.of(cableId)).ifPresentOrElse(this::show, () -> notOnFile(cableId));
    }

    private void show(CableDetails cable) {
        H2 heading = new H2(cable.id().value());
        heading.setId("cable-heading");
        Paragraph subject = new Paragraph(cable.subject() == null ? "(no subject)" : cable.subject());
        subject.setId("cable-subject");
        Paragraph meta = new Paragraph(cable.classification() + " · DTG " + Formats.dateTime(cable.dtg())
                + " · filed " + Formats.dateTime(cable.receivedAt()));
        Paragraph caseState = new Paragraph(cases.caseOf(cable.id()).map(CableView::describe).orElse("No case."));
        caseState.setId("case-state");
        Pre text = new Pre();
        text.setText(cable.text());
        text.setId("cable-text");
        text.addClassName("cable-text");
        add(heading, subject, meta, caseState, text);
    }

    private static String describe(CaseSummary summary) {
        if (!summary.open()) {
            return "Case closed " + Formats.dateTime(summary.closed()) + ".";
        }
        return "Case open since " + Formats.dateTime(summary.started()) + "; open tasks: "
                + String.join(", ", summary.openTasks()) + ".";
    }

    private void notOnFile(String cableId) {
        add(new H2("Not on file"), new Paragraph("No cable " + cableId + " is on file."),
                new RouterLink("Back to My tasks", MyTasksView.class));
    }
}
