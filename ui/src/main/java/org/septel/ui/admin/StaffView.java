package org.septel.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.security.CurrentUser;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;

import java.util.Set;

/** Administrators enrol people and set what they are cleared to read. The service checks the role again. */
@Route("admin/staff")
@PageTitle("Staff and clearances | Septel")
@RolesAllowed("ADMIN")
public class StaffView extends VerticalLayout {

    private final StaffDirectory staff;
    private final String administrator;
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);

    public StaffView(StaffDirectory staff, CurrentUser currentUser) {
        this.staff = staff;
        this.administrator = currentUser.member().username();

        grid.setId("staff");
        grid.addColumn(StaffMember::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(StaffMember::displayName).setHeader("Name");
        grid.addColumn(member -> member.role().name().replace('_', ' ').toLowerCase()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(member -> member.desk() == null ? "-" : member.desk()).setHeader("Desk").setAutoWidth(true);
        grid.addColumn(member -> member.clearance().level() + (member.clearance().caveats().isEmpty() ? ""
                : " + " + String.join(", ", member.clearance().caveats()))).setHeader("Clearance").setAutoWidth(true);
        grid.setItems(query -> staff.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, staff.count()));

        grid.setHeight("22em");
        setWidthFull();
        add(new H2("Staff and clearances"), grid, clearanceForm(), managedDesksForm(), enrolForm());
    }

    private FormLayout clearanceForm() {
        TextField username = new TextField("Username");
        Select<Classification> level = levels();
        Checkbox noforn = new Checkbox("Cleared for NOFORN");
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                username.setValue(selected.getValue().username());
                level.setValue(selected.getValue().clearance().level());
                noforn.setValue(selected.getValue().clearance().caveats().contains(PortionMarking.NOFORN));
            }
        });
        Button save = new Button("Change clearance", click -> act(() -> staff.changeClearance(administrator,
                username.getValue(), clearance(level.getValue(), noforn.getValue())), "Clearance changed"));
        save.setId("change-clearance");
        FormLayout form = new FormLayout(new H3("Change a clearance"), username, level, noforn, save);
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 2);
        return form;
    }

    private FormLayout managedDesksForm() {
        TextField username = new TextField("Manager's username");
        username.setId("manager-username");
        TextField desks = new TextField("Desks managed (comma-separated, e.g. WHA-CAN, NEA-IR)");
        desks.setId("managed-desks");
        desks.setMaxLength(500);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null && selected.getValue().role() == Role.MANAGER) {
                username.setValue(selected.getValue().username());
                desks.setValue(String.join(", ", new java.util.TreeSet<>(staff.managedDesks(selected.getValue().username()))));
            }
        });
        Button save = new Button("Set desks", click -> act(() -> staff.changeManagedDesks(administrator,
                username.getValue().strip(), java.util.Arrays.stream(desks.getValue().split(","))
                        .map(String::strip).filter(desk -> !desk.isEmpty()).collect(java.util.stream.Collectors.toSet())),
                "Desks changed"));
        save.setId("set-managed-desks");
        FormLayout form = new FormLayout(new H3("Desks a manager manages"), username, desks, save);
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 2);
        return form;
    }

    private FormLayout enrolForm() {
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setMaxLength(64);
        TextField name = new TextField("Full name");
        name.setId("new-name");
        name.setMaxLength(200);
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.DESK_OFFICER);
        TextField desk = new TextField("Desk");
        desk.setMaxLength(64);
        Select<Classification> level = levels();
        Checkbox noforn = new Checkbox("Cleared for NOFORN");
        PasswordField password = new PasswordField("First password (8 characters or more)");
        password.setId("new-password");
        Button enrol = new Button("Enrol", click -> act(() -> staff.enrolBy(administrator,
                new StaffMember(username.getValue().strip(), name.getValue().strip(), role.getValue(),
                        desk.getValue().isBlank() ? null : desk.getValue().strip(),
                        clearance(level.getValue(), noforn.getValue())), password.getValue()), "Enrolled"));
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(new H3("Enrol a person"), username, name, role, desk, level, noforn, password, enrol);
        form.setColspan(form.getChildren().findFirst().orElseThrow(), 2);
        return form;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        } catch (RuntimeException refused) {
            // Domain messages are written for people ("a password has at least 8 characters"); no stack traces.
            Notification.show(refused.getMessage() == null ? "Not saved" : refused.getMessage())
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Select<Classification> levels() {
        Select<Classification> level = new Select<>();
        level.setLabel("Clearance");
        level.setItems(Classification.values());
        level.setValue(Classification.UNCLASSIFIED);
        return level;
    }

    private static Clearance clearance(Classification level, boolean noforn) {
        return new Clearance(level, noforn ? Set.of(PortionMarking.NOFORN) : Set.of());
    }
}
