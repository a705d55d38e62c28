package org.septel.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.septel.clearance.CableAccess;
import org.septel.cable.CableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's open work: tasks assigned to them or offered to one of their groups. Every method checks that the
 * task belongs to the actor, so callers cannot reach other people's work by id.
 */
@Service
public class WorkItems {

    private static final Logger log = LoggerFactory.getLogger(WorkItems.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CableAccess cables;

    WorkItems(TaskService tasks, RuntimeService runtime, CableAccess cables) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.cables = cables;
    }

    /** One page of the actor's open work, the earliest due date first. */
    @Transactional(readOnly = true)
    public List<WorkItem> openFor(Actor actor, int offset, int limit) {
        List<Task> page = queryFor(actor).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        return toWorkItems(page, actor);
    }

    @Transactional(readOnly = true)
    public long countOpenFor(Actor actor) {
        return queryFor(actor).count();
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> find(String taskId, Actor actor) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        return task == null ? Optional.empty() : toWorkItems(List.of(task), actor).stream().findFirst();
    }

    /** Completes the actor's task; claims it first if it was only offered to their group. */
    @Transactional
    public void complete(String taskId, Actor actor) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        if (task == null) {
            log.warn("Denied: {} tried to complete task {} that is not theirs", actor.username(), taskId);
            throw new WorkItemNotFound(taskId);
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
        }
        tasks.complete(taskId);
        log.info("{} completed task {} ({})", actor.username(), taskId, task.getTaskDefinitionKey());
    }

    private TaskQuery queryFor(Actor actor) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (actor.groups().isEmpty()) {
            return query.taskAssignee(actor.username());
        }
        return query.or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr();
    }

    private List<WorkItem> toWorkItems(List<Task> page, Actor actor) {
        if (page.isEmpty()) {
            return List.of();
        }
        // The case's business key is its cable id: one query for the page, not one per row.
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> cableIdByInstance = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<CableId, String> subjects = cables.headlines(cableIdByInstance.values().stream().map(CableId::of).toList(),
                actor.reader());
        return page.stream().map(task -> {
            String cableId = cableIdByInstance.get(task.getProcessInstanceId());
            CableId id = cableId == null ? null : CableId.of(cableId);
            return new WorkItem(task.getId(), task.getName(), id, id == null ? "" : subjects.getOrDefault(id, ""),
                    toInstant(task.getDueDate()), toInstant(task.getCreateTime()), task.getAssignee());
        }).toList();
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
