package org.septel.ui.cable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.septel.security.CurrentUser;
import org.septel.ui.Formats;
import org.septel.ui.tasks.CableTextWithEvidence;
import org.septel.ui.tasks.MyTasksView;
import org.septel.workflow.CaseSummary;
import org.septel.workflow.Cases;

import java.util.List;
import java.util.Set;

/**
 * One filed cable as the reader may see it: header fields, references (linked when on file), the case's state, and
 * the text with withheld paragraphs replaced by their label.
 */
@Route("cables")
@PageTitle("Cable | Septel")
@PermitAll
public class CableView extends VerticalLayout implements HasUrlParameter<String> {

    private final CableAccess access;
    private final CableCatalog catalog;
    private final Cases cases;
    private final Reader reader;

    public CableView(CableAccess access, CableCatalog catalog, Cases cases, CurrentUser currentUser) {
        this.access = access;
        this.catalog = catalog;
        this.cases = cases;
        this.reader = currentUser.reader();
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String cableId) {
        removeAll();
        if (!CableId.isCanonical(cableId)) {
            notOnFile(cableId);
            return;
        }
        access.read(CableId.of(cableId), reader).ifPresentOrElse(this::show, () -> notOnFile(cableId));
    }

    private void show(ClearedCable cable) {
        H2 heading = new H2(cable.id().value());
        heading.setId("cable-heading");
        if (cable.withheld()) {
            Paragraph withheld = new Paragraph("This cable is withheld (" + cable.marking()
                    + "): your clearance does not cover it.");
            withheld.setId("cable-withheld");
            add(heading, withheld);
            return;
        }
        Paragraph subject = new Paragraph(cable.subject() == null ? "(no subject)" : cable.subject());
        subject.setId("cable-subject");
        Paragraph meta = new Paragraph(String.join(" · ", List.of(cable.markingInWords()
                        + (cable.caveats().isEmpty() ? "" : " · " + String.join(" ", cable.caveats())),
                "DTG " + Formats.dateTime(cable.dtg()), orDash(cable.origin()), orDash(cable.precedence()),
                "TAGS " + orDash(cable.tags()))));
        Paragraph caseState = new Paragraph(cases.caseOf(cable.id()).map(CableView::describe).orElse("No case."));
        caseState.setId("case-state");
        add(heading, subject, meta, references(cable), caseState);
        if (cable.infoCopy()) {
            Paragraph infoCopy = new Paragraph("Sent to your desk for information: you can read it, and its "
                    + "follow-ups are worked by the desk it was routed to.");
            infoCopy.setId("cable-info-copy");
            add(infoCopy);
        }
        add(new CableTextWithEvidence(cable, List.of()));
    }

    private Div references(ClearedCable cable) {
        Div references = new Div();
        references.setId("cable-references");
        if (cable.references().isEmpty()) {
            return references;
        }
        Set<CableId> onFile = catalog.onFile(cable.references().stream().map(CableId::of).toList());
        references.add(new Span("References: "));
        for (String reference : cable.references()) {
            CableId id = CableId.of(reference);
            if (onFile.contains(id)) {
                references.add(new RouterLink(reference, CableView.class, reference));
            } else {
                Span notOnFile = new Span(reference + " (not on file)");
                notOnFile.addClassName("not-on-file");
                references.add(notOnFile);
            }
            references.add(new Span(" "));
        }
        return references;
    }

    private static String describe(CaseSummary summary) {
        if (!summary.open()) {
            return "Case closed " + Formats.dateTime(summary.closed()) + ".";
        }
        return "Case open since " + Formats.dateTime(summary.started()) + "; open tasks: "
                + String.join(", ", summary.openTasks()) + ".";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private void notOnFile(String cableId) {
        add(new H2("Not on file"), new Paragraph("No cable " + cableId + " is on file."),
                new RouterLink("Back to My tasks", MyTasksView.class));
    }
}
