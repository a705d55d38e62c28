package org.septel.ui.followup;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.clearance.Reader;
import org.septel.reporting.FollowUpDetail;
import org.septel.reporting.FollowUpHistory;
import org.septel.reporting.FollowUpTasks;
import org.septel.reporting.OpenTask;
import org.septel.reporting.TimelineEntry;
import org.septel.reporting.WorkRow;
import org.septel.security.CurrentUser;
import org.septel.ui.cable.CableView;
import org.septel.ui.tasks.MyTasksView;
import org.septel.ui.tasks.TaskView;
import org.septel.ui.work.Dates;

import java.util.List;
import java.util.Locale;

/**
 * Everything about one follow-up: the sentence it was found in (unless withheld from the reader), owner, dates,
 * status, and a timeline from the domain tables and the engine's history. Actions happen on the task screen.
 */
@Route("follow-ups")
@PageTitle("Follow-up | Septel")
@PermitAll
public class FollowUpView extends VerticalLayout implements HasUrlParameter<Long> {

    private final FollowUpHistory history;
    private final FollowUpTasks tasks;
    private final Reader reader;

    public FollowUpView(FollowUpHistory history, FollowUpTasks tasks, CurrentUser currentUser) {
        this.history = history;
        this.tasks = tasks;
        this.reader = currentUser.reader();
        addClassName("follow-up-view");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long commitmentId) {
        removeAll();
        history.of(reader, commitmentId).ifPresentOrElse(this::show, () -> {
            H2 missing = new H2("No such follow-up");
            missing.setId("follow-up-heading");
            add(missing, new Paragraph("There is no follow-up " + commitmentId + " you may see. It may belong to "
                    + "another desk, or the number may be wrong."), new RouterLink("Back to My work", MyTasksView.class));
        });
    }

    private void show(FollowUpDetail detail) {
        WorkRow row = detail.row();
        H2 heading = new H2(row.title());
        heading.setId("follow-up-heading");
        heading.addClassName("follow-up-title");
        Span marking = new Span(row.marking());
        marking.addClassName("marking");

        Div facts = new Div();
        facts.setId("follow-up-facts");
        facts.addClassName("facts");
        fact(facts, "Status", row.status().name().toLowerCase(Locale.ROOT));
        fact(facts, "Owner", row.owner() == null ? "—" : row.owner());
        fact(facts, "Due", Dates.date(row.dueDate()) + (detail.dueText() == null ? "" : " (\u201c" + detail.dueText() + "\u201d)"));
        fact(facts, "Chase on", Dates.date(row.followUpDate()));
        fact(facts, "Counterpart", join(row.counterpart(), row.counterpartOrg()));
        fact(facts, "Who owes", detail.direction() == null ? "—" : detail.direction().replace('_', ' '));
        fact(facts, "Desk", row.desk() == null ? "unrouted" : row.desk().replaceFirst("^desk:", ""));
        if (detail.closingNote() != null) {
            fact(facts, "Closing note", detail.closingNote());
        }
        Div cable = new Div(new Span("Cable "), new RouterLink(row.cableId(), CableView.class, row.cableId()), marking);
        cable.addClassName("follow-up-cable");

        Paragraph evidence = new Paragraph(detail.evidence() == null
                ? "The passage this follow-up was found in is withheld from you." : detail.evidence());
        evidence.setId("evidence");
        evidence.addClassName(detail.evidence() == null ? "withheld" : "evidence-passage");

        add(heading, cable, facts, new H3("Found in"), evidence);
        OpenTask task = tasks.of(List.of(row)).get(row.commitmentId());
        if (task != null) {
            RouterLink open = new RouterLink("Open the task: " + task.name(), TaskView.class, task.taskId());
            open.setId("open-task");
            open.addClassName("primary-link");
            add(open);
        }
        UnorderedList timeline = new UnorderedList();
        timeline.setId("timeline");
        timeline.addClassName("timeline");
        for (TimelineEntry entry : detail.timeline()) {
            ListItem item = new ListItem();
            Span when = new Span(Dates.dateTime(entry.at()));
            when.addClassName("when");
            item.add(when, new Span(" " + entry.what() + (entry.who() == null ? "" : " — " + entry.who())));
            timeline.add(item);
        }
        add(new H3("Timeline"), timeline, new RouterLink("Back to My work", MyTasksView.class));
    }

    private static void fact(Div facts, String label, String value) {
        Div row = new Div(new Span(label), new Span(value));
        row.addClassName("fact");
        facts.add(row);
    }

    private static String join(String a, String b) {
        if (a == null && b == null) {
            return "—";
        }
        return a == null ? b : b == null ? a : a + " (" + b + ")";
    }
}
