package org.septel.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.septel.clearance.Reader;
import org.septel.commitment.FollowUpNote;
import org.septel.commitment.FollowUpNotes;
import org.septel.reporting.FollowUpDetail;
import org.septel.reporting.FollowUpHistory;
import org.septel.reporting.FollowUpTasks;
import org.septel.reporting.OpenTask;
import org.septel.reporting.WorkRow;
import org.septel.security.CurrentUser;
import org.septel.ui.cable.CableView;
import org.septel.ui.tasks.MyTasksView;
import org.septel.ui.tasks.TaskView;
import org.septel.ui.work.Dates;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Everything about one follow-up: the sentence it was found in (unless withheld from the reader), owner, dates,
 * status, and a timeline from the domain tables and the engine's history with people's comments and files, where
 * more are added. Actions on the follow-up happen on the task screen.
 */
@Route("follow-ups")
@PageTitle("Follow-up | Septel")
@PermitAll
public class FollowUpView extends VerticalLayout implements HasUrlParameter<Long> {

    private final FollowUpHistory history;
    private final FollowUpTasks tasks;
    private final FollowUpNotes notes;
    private final Reader reader;
    private final UnorderedList timeline = new UnorderedList();
    private FollowUpDetail shown;

    public FollowUpView(FollowUpHistory history, FollowUpTasks tasks, FollowUpNotes notes, CurrentUser currentUser) {
        this.history = history;
        this.tasks = tasks;
        this.notes = notes;
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
        timeline.setId("timeline");
        timeline.addClassName("timeline");
        shown = detail;
        fillTimeline();
        add(new H3("Timeline"), timeline,
                new FollowUpNotesPanel(notes, reader, row.commitmentId(), this::refreshTimeline),
                new RouterLink("Back to My work", MyTasksView.class));
    }

    private void refreshTimeline() {
        history.of(reader, shown.row().commitmentId()).ifPresent(detail -> shown = detail);
        fillTimeline();
    }

    /** The domain and engine history with the comments and files, oldest first, in the reader's time zone. */
    private void fillTimeline() {
        timeline.removeAll();
        List<Entry> entries = new ArrayList<>();
        shown.timeline().forEach(entry -> entries.add(new Entry(entry.at(), entry.who(), new Span(" " + entry.what()))));
        for (FollowUpNote note : notes.of(shown.row().commitmentId(), reader)) {
            entries.add(new Entry(note.at(), note.author(), note.isAttachment() ? attachment(note) : comment(note)));
        }
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Entry entry : entries) {
            ListItem item = new ListItem();
            Span when = new Span(Dates.dateTime(entry.at()));
            when.addClassName("when");
            item.add(when, entry.what());
            if (entry.who() != null) {
                item.add(new Span(" — " + entry.who()));
            }
            timeline.add(item);
        }
    }

    private static Component comment(FollowUpNote note) {
        Span text = new Span(" Comment: " + note.text());
        text.addClassName("comment");
        return text;
    }

    /** A download link; the file is read through the service again when clicked, with this reader. */
    private Component attachment(FollowUpNote note) {
        long id = note.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> notes.download(id, reader)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), note.fileName());
        link.setId("attachment-" + id);
        link.addClassName("attachment");
        return new Span(new Span(" Attached "), link, new Span(" (" + size(note.size()) + ")"));
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private record Entry(Instant at, String who, Component what) {
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
