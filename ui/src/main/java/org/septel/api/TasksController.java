package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.security.CurrentUser;
import org.septel.workflow.Actor;
import org.septel.workflow.WorkItems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.NoSuchElementException;

/** The caller's open tasks, as on My tasks. */
@Tag(name = "Tasks")
@RestController
@ConditionalOnWebApplication // the jar's subcommands run without a web server (and without a logged-in user)
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TasksController {

    private final WorkItems workItems;
    private final CurrentUser user;

    TasksController(WorkItems workItems, CurrentUser user) {
        this.workItems = workItems;
        this.user = user;
    }

    @Operation(summary = "My open tasks, the earliest due first")
    @GetMapping
    PageResponse<TaskResponse> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        Actor actor = user.actor();
        return PageResponse.counted(workItems.openFor(actor, paging.offset(), paging.size()).stream()
                .map(TaskResponse::of).toList(), paging,
                workItems.countOpenFor(actor));
    }

    @Operation(summary = "One of my open tasks (404 for anyone else's)")
    @GetMapping("/{taskId}")
    TaskResponse get(@PathVariable String taskId) {
        if (taskId.length() > 64) {
            throw new IllegalArgumentException("not a task id");
        }
        return workItems.find(taskId, user.actor()).map(TaskResponse::of).orElseThrow(() -> new NoSuchElementException("no task"));
    }

    @Operation(summary = "Claim a task offered to your desk: it becomes yours and leaves the others' lists "
            + "(409 with who has it, when someone was first)")
    @PostMapping("/{taskId}/claim")
    TaskResponse claim(@PathVariable String taskId) {
        return TaskResponse.of(workItems.claim(taskId, user.actor()));
    }

    @Operation(summary = "Give a task you claimed back to its desk")
    @PostMapping("/{taskId}/unclaim")
    void unclaim(@PathVariable String taskId) {
        workItems.unclaim(taskId, user.actor());
    }
}
