package org.septel.ui.work;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import org.septel.clearance.Reader;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkPage;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkSort;
import org.septel.reporting.WorkStatus;
import org.septel.ui.cable.CableView;
import org.septel.ui.followup.FollowUpView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A work list as a grid: one page at a time from {@link WorkList} (sorted and filtered in the database), overdue
 * rows in red, rows due this week highlighted, and the secondary columns folded into the first on a phone.
 */
public class WorkGrid extends Grid<WorkRow> {

    private static final int PHONE_WIDTH = 700;

    private final List<Column<WorkRow>> secondary;
    private WorkFilter filter;
    private FirstPage firstPage;
    private Registration resize;

    public WorkGrid(WorkList workList, Reader reader, Clock clock, WorkFilter initial) {
        super(WorkRow.class, false);
        this.filter = initial;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("work-grid");
        LocalDate today = LocalDate.now(clock);
        addColumn(LitRenderer.<WorkRow>of("<div class='work-title'>${item.title}</div>"
                        + "<div class='work-sub'>${item.sub}</div>")
                .withProperty("title", WorkRow::title)
                .withProperty("sub", row -> subLine(row, today)))
                .setHeader("Follow-up").setWidth("18em").setFlexGrow(1).setKey("title");
        Column<WorkRow> cable = addColumn(WorkRow::cableId).setHeader("Cable").setKey("cable").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true).setSortProperty(WorkSort.Column.CABLE.name());
        Column<WorkRow> due = addColumn(row -> Dates.date(row.dueDate())).setHeader("Due").setKey("due")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setSortProperty(WorkSort.Column.DUE_DATE.name());
        Column<WorkRow> followUp = addColumn(row -> Dates.date(row.followUpDate())).setHeader("Chase on")
                .setKey("follow-up").setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setSortProperty(WorkSort.Column.FOLLOW_UP_DATE.name());
        Column<WorkRow> status = addColumn(WorkGrid::status).setHeader("Status").setKey("status").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true).setSortProperty(WorkSort.Column.STATUS.name());
        Column<WorkRow> owner = addColumn(row -> row.owner() == null ? "desk" : row.owner()).setHeader("Owner")
                .setKey("owner").setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setSortProperty(WorkSort.Column.OWNER.name());
        secondary = List.of(cable, due, followUp, status, owner);
        setPartNameGenerator(row -> row.isOverdueOn(today) ? "overdue" : row.isDueThisWeek(today) ? "due-soon" : null);
        setItems(query -> fetch(workList, reader, toWorkSort(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> count(workList, reader));
        addItemClickListener(click -> getUI().ifPresent(ui -> {
            WorkRow row = click.getItem();
            if (row.commitmentId() != null) {
                ui.navigate(FollowUpView.class, row.commitmentId());
            } else {
                ui.navigate(CableView.class, row.cableId());
            }
        }));
        setMultiSort(false);
        sort(GridSortOrder.asc(due).build());
    }

    /**
     * The grid asks for the count, then for the first page: one statement answers both ({@link WorkList#firstPage}),
     * and the page waits here for the fetch that follows in the same round trip.
     */
    private int count(WorkList workList, Reader reader) {
        WorkSort sort = currentSort();
        WorkPage first = workList.firstPage(reader, filter, sort, getPageSize());
        firstPage = new FirstPage(filter, sort, first.rows());
        return (int) Math.min(Integer.MAX_VALUE, first.total());
    }

    private List<WorkRow> fetch(WorkList workList, Reader reader, WorkSort sort, int offset, int limit) {
        FirstPage waiting = firstPage;
        firstPage = null;
        if (waiting != null && offset == 0 && waiting.answers(filter, sort, limit, getPageSize())) {
            return waiting.rows().subList(0, Math.min(limit, waiting.rows().size()));
        }
        return workList.page(reader, filter, sort, offset, limit);
    }

    private WorkSort currentSort() {
        return toWorkSort(getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .toList());
    }

    /** The first page read with the count, for the fetch that follows it. */
    private record FirstPage(WorkFilter filter, WorkSort sort, List<WorkRow> rows) {

        boolean answers(WorkFilter current, WorkSort currentSort, int limit, int read) {
            // A short first page is the whole list; a full one answers up to its length.
            return filter.equals(current) && sort.equals(currentSort) && (limit <= rows.size() || rows.size() < read);
        }
    }

    public WorkFilter filter() {
        return filter;
    }

    public void setFilter(WorkFilter newFilter) {
        this.filter = newFilter;
        getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
        resize = attachEvent.getUI().getPage().addBrowserWindowResizeListener(event -> fit(event.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(detachEvent);
    }

    /** On a phone only the first column stays; its second line carries cable, dates and status. */
    void fit(int width) {
        boolean phone = width > 0 && width < PHONE_WIDTH;
        secondary.forEach(column -> column.setVisible(!phone));
        getElement().setAttribute("data-phone", String.valueOf(phone));
    }

    static WorkSort toWorkSort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return WorkSort.DUE_FIRST;
        }
        var order = orders.get(0);
        try {
            return new WorkSort(WorkSort.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
        } catch (IllegalArgumentException unknown) {
            return WorkSort.DUE_FIRST;
        }
    }

    static String status(WorkRow row) {
        if (row.status() == WorkStatus.UNREVIEWED) {
            return "unreviewed · " + Math.round(row.confidence() * 100) + "% sure";
        }
        return row.status().name().toLowerCase(Locale.ROOT);
    }

    static String subLine(WorkRow row, LocalDate today) {
        StringBuilder line = new StringBuilder(row.cableId()).append(" · ").append(row.marking());
        if (row.counterpartOrg() != null && !row.counterpartOrg().isBlank()) {
            line.append(" · ").append(row.counterpartOrg());
        }
        line.append(" · ").append(row.dueDate() == null ? "no due date" : "due " + Dates.date(row.dueDate()));
        if (row.isOverdueOn(today) && row.status() != WorkStatus.OVERDUE) {
            line.append(" · overdue");
        } else if (row.isDueThisWeek(today)) {
            line.append(" · due this week");
        }
        line.append(" · ").append(status(row));
        return line.toString();
    }
}
