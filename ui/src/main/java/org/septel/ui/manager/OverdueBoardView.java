package org.septel.ui.manager;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.septel.clearance.Reader;
import org.septel.reporting.AgeBucket;
import org.septel.reporting.BoardTallies;
import org.septel.reporting.LedgerLine;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.SlippedItem;
import org.septel.reporting.WorkFilter;
import org.septel.security.CurrentUser;
import org.septel.ui.followup.FollowUpView;
import org.septel.ui.work.Dates;

import java.util.List;
import java.util.Set;

/**
 * The manager's overdue board: what is overdue or due this week by desk, owner, counterpart organisation, TAGS
 * and age (every number links to the list it counts), the 12-week trend and slippage.
 */
@Route("manager/overdue")
@PageTitle("Overdue board | Septel")
@RolesAllowed({"MANAGER", "ADMIN"})
public class OverdueBoardView extends VerticalLayout {

    static final WorkFilter OVERDUE = WorkFilter.tracked().withQuick(Set.of(QuickFilter.OVERDUE));
    static final WorkFilter DUE_THIS_WEEK = WorkFilter.tracked().withQuick(Set.of(QuickFilter.DUE_THIS_WEEK));

    public OverdueBoardView(OverdueBoard board, CurrentUser currentUser) {
        Reader reader = currentUser.reader();
        addClassName("board-view");
        setWidthFull();
        BoardTallies tallies = board.tallies(reader, WorkFilter.tracked());

        H2 heading = new H2("Overdue board");
        Div cards = new Div(
                Figures.card("open follow-ups", tallies.open(), WorkFilter.tracked(), "open-count", "tone-neutral"),
                Figures.card("overdue", tallies.overdue(), OVERDUE, "overdue-count", "tone-bad"),
                Figures.card("due this week", tallies.dueSoon(), DUE_THIS_WEEK, "due-soon-count", "tone-warn"));
        cards.addClassName("stat-cards");

        Div ages = new Div();
        ages.setId("age-buckets");
        ages.addClassName("stat-cards");
        for (AgeBucket bucket : AgeBucket.values()) {
            ages.add(Figures.card("overdue " + bucket.label(), tallies.byAge().get(bucket), OVERDUE.withAge(bucket),
                    "age-" + bucket.name().toLowerCase(), "tone-bad"));
        }

        Div breakdowns = new Div(
                Figures.table("By desk", "by-desk", tallies.byDesk(), "unrouted", OVERDUE::withDesk, OVERDUE, DUE_THIS_WEEK),
                Figures.table("By owner", "by-owner", tallies.byOwner(), "no owner", OVERDUE::withOwner, OVERDUE, DUE_THIS_WEEK),
                Figures.table("By counterpart organisation", "by-org", tallies.byCounterpartOrg(), "not named",
                        OVERDUE::withCounterpartOrg, OVERDUE, DUE_THIS_WEEK),
                Figures.table("By TAGS", "by-tag", tallies.byTag(), "no TAGS", OVERDUE::withTag, OVERDUE, DUE_THIS_WEEK));
        breakdowns.addClassName("breakdowns");

        // The ledger counts every promise ever tracked, so it has its own page rather than slowing this one.
        Div links = new Div(new RouterLink("Escalations waiting for you", EscalationsView.class),
                new RouterLink("Counterpart ledger", CounterpartLedgerView.class),
                new RouterLink("Weekly overdue report", WeeklyReportView.class));
        links.addClassName("board-links");

        add(heading, links, cards, new H3("How long overdue"), ages, breakdowns,
                new H3("Open and overdue, last " + OverdueBoard.TREND_WEEKS + " weeks"),
                TrendChart.of(board.trend(reader, WorkFilter.tracked(), OverdueBoard.TREND_WEEKS)),
                new H3("Slipped more than once"), slippage(board.slippage(reader, WorkFilter.tracked(), Figures.TOP)));
        if (tallies.open() == 0) {
            Paragraph empty = new Paragraph("No open follow-ups on your desks yet. They appear here once officers "
                    + "confirm follow-ups in their reviews.");
            empty.setId("board-empty");
            addComponentAtIndex(1, empty);
        }
    }

    static Component slippage(List<SlippedItem> items) {
        Div table = new Div();
        table.setId("slippage");
        table.addClassNames("plain-table", "cols-5");
        table.add(headerRow("Follow-up", "Owner", "Slips", "Days slipped", "Now due"));
        if (items.isEmpty()) {
            table.add(new Span("No follow-up has slipped more than once."));
        }
        for (SlippedItem item : items) {
            table.add(row(new RouterLink(item.cableId() + " #" + item.commitmentId(), FollowUpView.class, item.commitmentId()),
                    new Span(item.owner()), new Span(String.valueOf(item.slips())),
                    new Span(String.valueOf(item.daysSlipped())), new Span(Dates.date(item.currentDue()))));
        }
        return table;
    }

    static Component ledger(List<LedgerLine> lines) {
        Div table = new Div();
        table.setId("ledger");
        table.addClassNames("plain-table", "cols-6");
        table.add(headerRow("Organisation", "Person", "Kept on time", "Kept late", "Open", "Overdue"));
        if (lines.isEmpty()) {
            table.add(new Span("No promises made to us are tracked yet."));
        }
        for (LedgerLine line : lines) {
            WorkFilter theirs = WorkFilter.tracked();
            if (line.counterpartOrg() != null) {
                theirs = theirs.withCounterpartOrg(line.counterpartOrg());
            }
            if (line.counterpart() != null) {
                theirs = theirs.withCounterpart(line.counterpart());
            }
            table.add(row(new Span(orDash(line.counterpartOrg())), new Span(orDash(line.counterpart())),
                    new Span(String.valueOf(line.onTime())), new Span(String.valueOf(line.late())),
                    Figures.link(line.open(), theirs, null),
                    Figures.link(line.overdue(), theirs.withQuick(Set.of(QuickFilter.OVERDUE)), null)));
        }
        return table;
    }

    private static Div headerRow(String... labels) {
        Div row = new Div();
        row.addClassNames("plain-row", "plain-header");
        for (String label : labels) {
            row.add(new Span(label));
        }
        return row;
    }

    private static Div row(Component... cells) {
        Div row = new Div(cells);
        row.addClassName("plain-row");
        return row;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
