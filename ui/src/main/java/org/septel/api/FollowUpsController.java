package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.clearance.Reader;
import org.septel.commitment.AttachedFile;
import org.septel.commitment.FollowUpNote;
import org.septel.commitment.FollowUpNotes;
import org.septel.reporting.FollowUpDetail;
import org.septel.reporting.FollowUpHistory;
import org.septel.reporting.FollowUpTasks;
import org.septel.reporting.OpenTask;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.security.CurrentUser;
import org.septel.workflow.WorkItems;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Follow-ups: the screens' work list (same filters, same scope), one follow-up's detail, and the same actions as
 * the task screens, through the same services: {@link WorkItems} checks that the task is the caller's.
 */
@Tag(name = "Follow-ups")
@RestController
@ConditionalOnWebApplication // the jar's subcommands run without a web server (and without a logged-in user)
@RequestMapping(path = "/api/follow-ups", produces = MediaType.APPLICATION_JSON_VALUE)
class FollowUpsController {

    private final WorkList work;
    private final FollowUpHistory history;
    private final FollowUpTasks tasks;
    private final WorkItems workItems;
    private final CurrentUser user;
    private final FollowUpNotes notes;

    FollowUpsController(WorkList work, FollowUpHistory history, FollowUpTasks tasks, WorkItems workItems,
            CurrentUser user, FollowUpNotes notes) {
        this.notes = notes;
        this.work = work;
        this.history = history;
        this.tasks = tasks;
        this.workItems = workItems;
        this.user = user;
    }

    @Operation(summary = "The follow-up list, filtered and paged like the screens' lists",
            description = "Without a status, the open ones (unreviewed, open, overdue). Only rows you may see.")
    @GetMapping
    PageResponse<WorkRow> list(@ParameterObject WorkQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        Reader reader = user.reader();
        List<WorkRow> rows = work.page(reader, query.filter(), query.workSort(), paging.offset(), paging.size());
        return PageResponse.counted(rows, paging, work.count(reader, query.filter()));
    }

    @Operation(summary = "One follow-up with its evidence and timeline (404 when not yours to see)")
    @GetMapping("/{id}")
    FollowUpDetail get(@PathVariable long id) {
        return history.of(user.reader(), id).orElseThrow(() -> new NoSuchElementException("no follow-up"));
    }

    @Operation(summary = "A follow-up's comments and attachments (names, types, sizes), oldest first")
    @GetMapping("/{id}/notes")
    List<FollowUpNote> notes(@PathVariable long id) {
        return notes.of(id, user.reader());
    }

    @Operation(summary = "Comment on a follow-up (at most " + FollowUpNotes.COMMENT_MAX_LENGTH + " characters)")
    @PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    FollowUpNote comment(@PathVariable long id, @RequestBody Comment body) {
        return notes.comment(id, user.reader(), body.text());
    }

    @Operation(summary = "Download an attachment of a follow-up you may read (404 otherwise)")
    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        AttachedFile file = notes.download(attachmentId, user.reader())
                .filter(found -> notes.of(id, user.reader()).stream().anyMatch(note -> note.id() == attachmentId
                        && note.isAttachment()))
                .orElseThrow(() -> new NoSuchElementException("no attachment"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    record Comment(String text) {
    }

    @Operation(summary = "Report a follow-up fulfilled (its owner, as on the task screen)")
    @PostMapping(path = "/{id}/fulfil", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkRow fulfil(@PathVariable long id, @RequestBody(required = false) Fulfil body) {
        OpenTask task = openTask(id);
        workItems.fulfil(task.taskId(), user.actor(), body == null ? "" : body.note());
        return visible(id);
    }

    @Operation(summary = "Move an overdue follow-up's due date, with the reason (managers, as on the escalations screen)")
    @PostMapping(path = "/{id}/extend", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkRow extend(@PathVariable long id, @RequestBody Extend body) {
        OpenTask task = openTask(id);
        if (!task.isOverdueDecision()) {
            throw new IllegalStateException("only an overdue follow-up is extended");
        }
        workItems.extend(task.taskId(), user.actor(), body.newDueDate(), body.reason());
        return visible(id);
    }

    @Operation(summary = "Give an overdue follow-up to another officer, with the reason (managers); the new owner "
            + "gets a task to chase it")
    @PostMapping(path = "/{id}/reassign", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkRow reassign(@PathVariable long id, @RequestBody Reassign body) {
        OpenTask task = openTask(id);
        if (!task.isOverdueDecision()) {
            throw new IllegalStateException("only an overdue follow-up is reassigned");
        }
        workItems.reassign(task.taskId(), user.actor(), body.newOwner(), body.reason());
        return visible(id);
    }

    @Operation(summary = "Withdraw an overdue follow-up, with the reason (managers)")
    @PostMapping(path = "/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkRow withdraw(@PathVariable long id, @RequestBody Withdraw body) {
        OpenTask task = openTask(id);
        if (!task.isOverdueDecision()) {
            throw new IllegalStateException("only an overdue follow-up is withdrawn");
        }
        workItems.withdraw(task.taskId(), user.actor(), body.reason());
        return visible(id);
    }

    private OpenTask openTask(long id) {
        WorkRow row = visible(id);
        OpenTask task = tasks.of(List.of(row)).get(id);
        if (task == null) {
            throw new IllegalStateException("follow-up " + id + " has no open task (it is " + row.status() + ")");
        }
        return task;
    }

    private WorkRow visible(long id) {
        return work.commitment(user.reader(), id).orElseThrow(() -> new NoSuchElementException("no follow-up"));
    }

    record Fulfil(String note) {
    }

    record Extend(LocalDate newDueDate, String reason) {
    }

    record Reassign(String newOwner, String reason) {
    }

    record Withdraw(String reason) {
    }
}
