package org.septel.ui.manager;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.septel.reporting.OverdueBoard;
import org.septel.reporting.WorkFilter;
import org.septel.security.CurrentUser;

/** Promises counterparts made to us, per organisation and person: kept on time, kept late, open, overdue. */
@Route("manager/ledger")
@PageTitle("Counterpart ledger | Septel")
@RolesAllowed({"MANAGER", "ADMIN"})
public class CounterpartLedgerView extends VerticalLayout {

    static final int LINES = 100;

    public CounterpartLedgerView(OverdueBoard board, CurrentUser currentUser) {
        addClassName("board-view");
        setWidthFull();
        add(new H2("Counterpart ledger"),
                new Paragraph("Promises made to us, most still open first. \"On time\" means fulfilled by the date found "
                        + "in the cable, before any extension. Open and overdue numbers open the list they count."),
                OverdueBoardView.ledger(board.ledger(currentUser.reader(), WorkFilter.tracked(), LINES)));
    }
}
