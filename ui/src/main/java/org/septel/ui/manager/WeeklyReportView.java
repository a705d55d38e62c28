package org.septel.ui.manager;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.WeeklyReport;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkRow;
import org.septel.security.CurrentUser;
import org.septel.ui.followup.FollowUpView;
import org.septel.ui.work.Dates;

import java.time.Clock;
import java.time.LocalDate;

/** The weekly overdue report as a page a manager can read, print or save as PDF from the browser. */
@Route("reports/weekly")
@PageTitle("Weekly overdue report | Septel")
@RolesAllowed({"MANAGER", "ADMIN"})
public class WeeklyReportView extends VerticalLayout {

    public WeeklyReportView(OverdueBoard board, CurrentUser currentUser, Clock clock) {
        addClassName("report-view");
        setWidthFull();
        WeeklyReport report = board.weeklyReport(currentUser.reader(), WorkFilter.tracked());
        LocalDate today = LocalDate.now(clock);

        H2 heading = new H2("Weekly overdue report, week ending " + Dates.date(report.weekEnding()));
        heading.setId("report-heading");
        Button print = new Button("Print or save as PDF", VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("no-print");

        Paragraph summary = new Paragraph(report.tallies().open() + " follow-ups open, " + report.tallies().overdue()
                + " overdue, " + report.tallies().dueSoon() + " due this week.");
        summary.setId("report-summary");

        Div breakdowns = new Div(
                Figures.table("By desk", "report-by-desk", report.tallies().byDesk(), "unrouted",
                        OverdueBoardView.OVERDUE::withDesk, OverdueBoardView.OVERDUE, OverdueBoardView.DUE_THIS_WEEK),
                Figures.table("By owner", "report-by-owner", report.tallies().byOwner(), "no owner",
                        OverdueBoardView.OVERDUE::withOwner, OverdueBoardView.OVERDUE, OverdueBoardView.DUE_THIS_WEEK));
        breakdowns.addClassName("breakdowns");

        Div oldest = new Div();
        oldest.setId("oldest-overdue");
        oldest.addClassNames("plain-table", "cols-4");
        Div header = new Div(new Span("Follow-up"), new Span("Owner"), new Span("Was due"), new Span("Overdue by"));
        header.addClassNames("plain-row", "plain-header");
        oldest.add(header);
        if (report.oldestOverdue().isEmpty()) {
            oldest.add(new Span("Nothing is overdue."));
        }
        for (WorkRow row : report.oldestOverdue()) {
            Div line = new Div(row.commitmentId() == null ? new Span(row.title())
                    : new RouterLink(row.title(), FollowUpView.class, row.commitmentId()),
                    new Span(row.owner() == null ? "—" : row.owner()), new Span(Dates.date(row.dueDate())),
                    new Span(EscalationsView.overdueBy(row.dueDate(), today)));
            line.addClassName("plain-row");
            oldest.add(line);
        }

        add(heading, print, summary, breakdowns, new H3("Open and overdue, last " + report.trend().size() + " weeks"),
                TrendChart.of(report.trend()), new H3("Longest overdue"), oldest,
                new H3("Slipped more than once"), OverdueBoardView.slippage(report.slipped()));
    }
}
