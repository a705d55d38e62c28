package org.septel.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.septel.ui.manager.CounterpartLedgerView;
import org.septel.ui.manager.EscalationsView;
import org.septel.ui.manager.OverdueBoardView;
import org.septel.ui.manager.WeeklyReportView;
import org.septel.ui.search.SearchView;
import org.septel.ui.work.Dates;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import org.septel.security.CurrentUser;
import org.septel.staff.StaffMember;
import org.septel.ui.Styles;
import org.septel.ui.admin.AuditView;
import org.septel.ui.settings.SettingsView;
import org.septel.ui.admin.StaffView;
import org.septel.ui.cable.ImportView;
import org.septel.ui.cable.PasteCableView;
import org.septel.staff.Role;
import org.septel.ui.tasks.MyTasksView;

/** The frame around every screen: navigation on the left, who is logged in and a logout button on top. */
@StyleSheet(Styles.SEPTEL_CSS)
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        StaffMember me = currentUser.member();
        H1 title = new H1("Septel");
        title.addClassName("app-title");

        Span who = new Span(me.displayName() + " · " + me.role().name().replace('_', ' ').toLowerCase());
        who.setId("current-user");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> currentUser.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        TextField search = new TextField();
        search.setId("header-search");
        search.setPlaceholder("Search cables and follow-ups");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addClassName("header-search");
        search.addKeyPressListener(Key.ENTER, enter -> search.getUI().ifPresent(ui -> {
            ui.navigate(SearchView.class, QueryParameters.of("q", search.getValue()));
            search.clear();
        }));

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, search, who, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("My work", MyTasksView.class, VaadinIcon.TASKS.create()));
        if (me.role() == Role.MANAGER || me.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem("Overdue board", OverdueBoardView.class, VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem("Escalations", EscalationsView.class, VaadinIcon.EXCLAMATION_CIRCLE_O.create()));
            nav.addItem(new SideNavItem("Weekly report", WeeklyReportView.class, VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem("Counterpart ledger", CounterpartLedgerView.class, VaadinIcon.BOOK.create()));
        }
        nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("File a cable", PasteCableView.class, VaadinIcon.FILE_ADD.create()));
        nav.addItem(new SideNavItem("Mail, calendar and tokens", SettingsView.class, VaadinIcon.COG.create()));
        if (me.role() == Role.ADMIN) {
            nav.addItem(new SideNavItem("Import cables", ImportView.class, VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem("Staff and clearances", StaffView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.EYE.create()));
        }
        addToDrawer(nav);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Dates on the screens follow the browser's time zone once it has told us.
        // The session is taken now: the answer may come after this layout was left for another screen.
        com.vaadin.flow.server.VaadinSession session = attachEvent.getSession();
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details ->
                Dates.rememberZone(session, details.getTimeZoneId()));
    }
}
