package org.septel.ui.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.septel.audit.AccessDenial;
import org.septel.audit.TrailEntry;
import org.septel.security.CurrentUser;
import org.septel.staff.AuditExports;
import org.septel.ui.Formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The security officer's page: every change of owner, dates, status, review and clearance in a period, and every
 * refused access, each exportable as CSV. Administrators only (the service checks again).
 */
@Route("admin/audit")
@PageTitle("Audit trail | Septel")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final int SHOWN_CHANGES = 2_000;

    private final AuditExports audit;
    private final String administrator;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private final Grid<TrailEntry> changes = new Grid<>(TrailEntry.class, false);
    private final Grid<AccessDenial> refusals = new Grid<>(AccessDenial.class, false);

    public AuditView(AuditExports audit, CurrentUser currentUser, Clock clock) {
        this.audit = audit;
        this.administrator = currentUser.member().username();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from.setValue(today.minusDays(30));
        to.setValue(today);
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        changes.setId("audit-changes");
        changes.addColumn(entry -> Formats.dateTime(entry.at())).setHeader("When").setAutoWidth(true);
        changes.addColumn(TrailEntry::by).setHeader("Who").setAutoWidth(true);
        changes.addColumn(TrailEntry::subject).setHeader("What").setAutoWidth(true);
        changes.addColumn(TrailEntry::field).setHeader("Field").setAutoWidth(true);
        changes.addColumn(entry -> orDash(entry.from())).setHeader("From");
        changes.addColumn(entry -> orDash(entry.to())).setHeader("To");
        changes.setHeight("24em");

        refusals.setId("audit-refusals");
        refusals.addColumn(denial -> Formats.dateTime(denial.at())).setHeader("When").setAutoWidth(true);
        refusals.addColumn(AccessDenial::username).setHeader("Who").setAutoWidth(true);
        refusals.addColumn(AccessDenial::resource).setHeader("Asked for").setAutoWidth(true);
        refusals.addColumn(AccessDenial::reason).setHeader("Why refused");
        refusals.setHeight("18em");

        HorizontalLayout period = new HorizontalLayout(from, to, download("Export changes (CSV)", "audit-trail", true),
                download("Export refusals (CSV)", "refused-access", false));
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        setWidthFull();
        add(new H2("Audit trail"), new Paragraph("Changes to follow-ups, candidates and staff, with who made them "
                + "and from which value to which; and every access Septel refused. Times are UTC."), period,
                new H3("Changes"), changes, new H3("Refused access"), refusals);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        changes.setItems(audit.trail(administrator, start(), end(), SHOWN_CHANGES));
        refusals.setItems(query -> audit.denials(administrator, start(), end(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) Math.min(Integer.MAX_VALUE, audit.countDenials(administrator, start(), end())));
    }

    private Anchor download(String label, String name, boolean trail) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (trail) {
                    audit.writeTrailCsv(administrator, start(), end(), out);
                } else {
                    audit.writeDenialsCsv(administrator, start(), end(), out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + "-" + from.getValue() + "-to-"
                    + to.getValue() + ".csv", "text/csv", bytes.length);
        }), label);
        anchor.setId("export-" + name);
        return anchor;
    }

    private Instant start() {
        return from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private Instant end() {
        return to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
