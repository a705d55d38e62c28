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
import java.time.LocalDate;
import java.util.HashMap;
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

    /** Completes the actor's review of a cable; its confirmed follow-ups are then tracked, owned by the reviewer. */
    @Transactional
    public void complete(String taskId, Actor actor) {
        finish(taskId, actor, List.of(CableCaseVariables.REVIEW_TASK_ID), Map.of(FollowUpVariables.REVIEWER, actor.username()));
    }

    /** The owner reports a follow-up fulfilled, with a note of the evidence. */
    @Transactional
    public void fulfil(String taskId, Actor actor, String note) {
        fulfil(taskId, actor, note, false, null);
    }

    /**
     * The owner closes a follow-up (from its fulfil task or the chase task): fulfilled or only partly, with a note
     * and/or the id of a later cable as evidence.
     */
    @Transactional
    public void fulfil(String taskId, Actor actor, String note, boolean partly, CableId evidence) {
        if (partly && (note == null || note.isBlank()) && evidence == null) {
            throw new IllegalArgumentException("say what was delivered and what is missing");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(FollowUpVariables.FULFILMENT_NOTE, note == null ? "" : note);
        variables.put(FollowUpVariables.OUTCOME, partly ? FollowUpVariables.OUTCOME_PARTLY : FollowUpVariables.OUTCOME_FULFILLED);
        variables.put(FollowUpVariables.EVIDENCE_CABLE_ID, evidence == null ? null : evidence.value());
        finish(taskId, actor, List.of(FollowUpVariables.FULFIL_TASK_ID, FollowUpVariables.FULFIL_UNDATED_TASK_ID,
                FollowUpVariables.CHASE_TASK_ID), variables);
    }

    /** The owner chased but nothing came: the follow-up goes back to the managers. */
    @Transactional
    public void nothingYet(String taskId, Actor actor, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(FollowUpVariables.OUTCOME, null);
        variables.put(FollowUpVariables.FULFILMENT_NOTE, note == null ? "" : note);
        finish(taskId, actor, List.of(FollowUpVariables.CHASE_TASK_ID), variables);
    }

    /** A manager gives an overdue follow-up to another officer, with the reason; recorded. */
    @Transactional
    public void reassign(String taskId, Actor actor, String newOwner, String reason) {
        if (newOwner == null || newOwner.isBlank()) {
            throw new IllegalArgumentException("name the new owner");
        }
        requireReason(reason);
        finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                FollowUpVariables.DECISION, FollowUpVariables.DECISION_REASSIGN,
                FollowUpVariables.NEW_OWNER, newOwner.strip(),
                FollowUpVariables.REASON, reason, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** A manager asks the owner to chase an overdue follow-up; recorded, and a chase task goes to the owner. */
    @Transactional
    public void askToChase(String taskId, Actor actor, String note) {
        finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                FollowUpVariables.DECISION, FollowUpVariables.DECISION_CHASE,
                FollowUpVariables.REASON, note == null ? "" : note, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** The owner of an item anchored to an event or condition sets its date, once known. */
    @Transactional
    public void setAnchorDate(String taskId, Actor actor, LocalDate dueDate) {
        if (dueDate == null) {
            throw new IllegalArgumentException("give the date the event or condition sets");
        }
        finish(taskId, actor, List.of(FollowUpVariables.AWAIT_ANCHOR_TASK_ID), Map.of(
                FollowUpVariables.ANCHOR_DATE, dueDate.toString(), FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** The owner confirms that the matched cable is the reply: the follow-up closes with it as evidence. */
    @Transactional
    public void confirmReply(String taskId, Actor actor) {
        finish(taskId, actor, List.of(FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID), Map.of(
                FollowUpVariables.REPLY_CONFIRMED, true, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** The owner says the matched cable is not the reply (with why): the follow-up waits on. */
    @Transactional
    public void rejectReply(String taskId, Actor actor, String reason) {
        requireReason(reason);
        finish(taskId, actor, List.of(FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID), Map.of(
                FollowUpVariables.REPLY_CONFIRMED, false, FollowUpVariables.REASON, reason,
                FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** The cable proposed as the reply, for a "Confirm fulfilment" task of the actor's; else empty. */
    @Transactional(readOnly = true)
    public Optional<CableId> replyCableOf(String taskId, Actor actor) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        if (task == null || !FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        Object id = runtime.getVariable(task.getExecutionId(), FollowUpVariables.REPLY_CABLE_ID);
        return id instanceof String value ? Optional.of(CableId.of(value)) : Optional.empty();
    }

    /** A manager moves an overdue follow-up's due date; the slip is recorded with the reason. */
    @Transactional
    public void extend(String taskId, Actor actor, LocalDate newDueDate, String reason) {
        if (newDueDate == null) {
            throw new IllegalArgumentException("give the new due date");
        }
        requireReason(reason);
        finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                FollowUpVariables.DECISION, FollowUpVariables.DECISION_EXTEND,
                FollowUpVariables.NEW_DUE_DATE, newDueDate.toString(),
                FollowUpVariables.REASON, reason, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** A manager withdraws an overdue follow-up, with the reason. */
    @Transactional
    public void withdraw(String taskId, Actor actor, String reason) {
        requireReason(reason);
        finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                FollowUpVariables.DECISION, FollowUpVariables.DECISION_WITHDRAW,
                FollowUpVariables.REASON, reason, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    /** The commitment a follow-up task is about, or empty for other tasks. */
    @Transactional(readOnly = true)
    public Optional<Long> commitmentOf(String taskId, Actor actor) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Object id = runtime.getVariable(task.getExecutionId(), FollowUpVariables.COMMITMENT_ID);
        return id instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why");
        }
    }

    private void finish(String taskId, Actor actor, List<String> expectedKeys, Map<String, Object> variables) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        if (task == null || !expectedKeys.contains(task.getTaskDefinitionKey())) {
            log.warn("Denied: {} tried to act on task {} that is not theirs for this action", actor.username(), taskId);
            throw new WorkItemNotFound(taskId);
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, actor.username());
        }
        tasks.complete(taskId, variables);
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
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(), id, id == null ? "" : subjects.getOrDefault(id, ""),
                    toInstant(task.getDueDate()), toInstant(task.getCreateTime()), task.getAssignee());
        }).toList();
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
