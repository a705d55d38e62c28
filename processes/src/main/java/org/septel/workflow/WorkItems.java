package org.septel.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.septel.clearance.CableAccess;
import org.septel.cable.CableId;
import org.septel.clearance.Reader;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.staff.StaffDirectory;
import org.septel.workflow.internal.FollowUpDates;
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
    private final StaffDirectory staff;
    private final Commitments commitments;
    private final FollowUpDates dates;
    private final WorkItemReadModel openTasks;

    WorkItems(TaskService tasks, RuntimeService runtime, CableAccess cables, StaffDirectory staff,
            Commitments commitments, FollowUpDates dates, WorkItemReadModel openTasks) {
        this.openTasks = openTasks;
        this.tasks = tasks;
        this.runtime = runtime;
        this.cables = cables;
        this.staff = staff;
        this.commitments = commitments;
        this.dates = dates;
    }

    /**
     * Takes a task offered to one of the actor's groups: it becomes theirs and leaves the lists of the others. A task
     * someone else took first is refused with their name (the engine's own check settles a race between two).
     */
    @Transactional
    public WorkItem claim(String taskId, Actor actor) {
        if (!actor.groups().isEmpty()) {
            // Claimed a moment ago by someone else on the desk: it left this person's list, so say by whom.
            Task taken = tasks.createTaskQuery().active().taskId(taskId).taskCandidateGroupIn(actor.groups())
                    .includeAssignedTasks().singleResult();
            if (taken != null && taken.getAssignee() != null && !actor.username().equals(taken.getAssignee())) {
                throw new WorkRefused("already taken by " + taken.getAssignee());
            }
        }
        Task task = visible(taskId, actor);
        if (!isOffered(task)) {
            throw new WorkRefused("this task is not offered to a desk; it is " + task.getAssignee() + "'s");
        }
        if (actor.username().equals(task.getAssignee())) {
            return find(taskId, actor).orElseThrow();
        }
        try {
            tasks.claim(taskId, actor.username());
        } catch (TaskAlreadyClaimedException | OptimisticLockingException taken) {
            String holder = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                    .map(Task::getAssignee).orElse("someone else");
            throw new WorkRefused("already taken by " + holder);
        }
        log.info("{} claimed task {} ({})", actor.username(), taskId, task.getTaskDefinitionKey());
        return find(taskId, actor).orElseThrow();
    }

    /** Gives a claimed task back to the desk it was offered to. Only the person who holds it may. */
    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = visible(taskId, actor);
        if (!actor.username().equals(task.getAssignee())) {
            throw new WorkRefused(task.getAssignee() == null ? "this task is not claimed"
                    : "only " + task.getAssignee() + ", who holds it, may give it back");
        }
        if (!isOffered(task)) {
            throw new WorkRefused("this task was given to you, not offered to a desk; reassign it instead");
        }
        tasks.setAssignee(taskId, null);
        log.info("{} gave task {} back to its desk", actor.username(), taskId);
    }

    /**
     * One page of the actor's open work, the earliest due date first (undated last), then the oldest; read from the
     * work list's read model (ADR 26), not the engine's generic task query.
     */
    @Transactional(readOnly = true)
    public List<WorkItem> openFor(Actor actor, int offset, int limit) {
        List<String> parties = new java.util.ArrayList<>();
        parties.add(WorkItemReadModel.userParty(actor.username()));
        actor.groups().stream().distinct().forEach(group -> parties.add(WorkItemReadModel.groupParty(group)));
        List<OpenTask> page = openTasks.page(parties, offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<CableId, String> subjects = cables.headlines(page.stream().map(OpenTask::cableId)
                .filter(java.util.Objects::nonNull).distinct().map(CableId::of).toList(), actor.reader());
        return page.stream().map(task -> {
            CableId id = task.cableId() == null ? null : CableId.of(task.cableId());
            return new WorkItem(task.taskId(), task.taskKey(), task.name(), id,
                    id == null ? "" : subjects.getOrDefault(id, ""), task.due(), task.created(), task.assignee(),
                    task.offered());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countOpenFor(Actor actor) {
        return openTasks.count(actor.username(), actor.groups().stream().distinct().toList());
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

    /**
     * Gives a follow-up to another officer, with the reason; recorded. A manager does it from the overdue decision
     * (the process reassigns); the owner hands over their own open task (fulfil, chase, set the date, confirm a
     * reply), which follows the new owner at once. Either way the new owner must work on the cable's desk and be
     * cleared to read it, or it is refused with why.
     */
    @Transactional
    public void reassign(String taskId, Actor actor, String newOwner, String reason) {
        if (newOwner == null || newOwner.isBlank()) {
            throw new IllegalArgumentException("name the new owner");
        }
        requireReason(reason);
        Task task = visible(taskId, actor);
        String owner = newOwner.strip();
        refuseUnfitOwner(task, owner);
        if (FollowUpVariables.OVERDUE_TASK_ID.equals(task.getTaskDefinitionKey())) {
            finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                    FollowUpVariables.DECISION, FollowUpVariables.DECISION_REASSIGN,
                    FollowUpVariables.NEW_OWNER, owner,
                    FollowUpVariables.REASON, reason, FollowUpVariables.DECIDED_BY, actor.username()));
            return;
        }
        if (!OWNER_TASKS.contains(task.getTaskDefinitionKey()) || !actor.username().equals(task.getAssignee())) {
            throw new WorkRefused("only the owner (or a manager, once it is overdue) may hand this follow-up over");
        }
        Object commitmentId = runtime.getVariable(task.getExecutionId(), FollowUpVariables.COMMITMENT_ID);
        commitments.reassign(((Number) commitmentId).longValue(), owner, actor.username(), reason);
        // The owner variable feeds every later task of the follow-up; the open task moves now.
        runtime.setVariable(task.getExecutionId(), FollowUpVariables.OWNER, owner);
        tasks.setAssignee(taskId, owner);
        log.info("{} handed task {} over to {}", actor.username(), taskId, owner);
    }

    private void refuseUnfitOwner(Task task, String owner) {
        if (owner.equals(runtime.getVariable(task.getExecutionId(), FollowUpVariables.OWNER))) {
            throw new WorkRefused("it is already " + owner + "'s");
        }
        Reader person = staff.readerFor(owner).orElseThrow(() -> new WorkRefused("there is no officer " + owner));
        if (person.allDesks()) {
            throw new WorkRefused(owner + " is an administrator, not an officer of the desk");
        }
        String cableId = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        cables.whyNotGivenTo(CableId.of(cableId), person).ifPresent(why -> {
            throw new WorkRefused("cannot give it to " + owner + ": " + why);
        });
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

    /**
     * Moves a follow-up's due date; the slip is recorded with the reason and who moved it. A manager does it from
     * the overdue decision; the owner may move the date of their own dated follow-up before it is overdue, and the
     * task is re-entered so its reminder and overdue timers follow the new date.
     */
    @Transactional
    public void extend(String taskId, Actor actor, LocalDate newDueDate, String reason) {
        if (newDueDate == null) {
            throw new IllegalArgumentException("give the new due date");
        }
        requireReason(reason);
        Task task = visible(taskId, actor);
        if (FollowUpVariables.FULFIL_TASK_ID.equals(task.getTaskDefinitionKey())
                && actor.username().equals(task.getAssignee())) {
            moveOwnDueDate(task, actor, newDueDate, reason);
            return;
        }
        if (!FollowUpVariables.OVERDUE_TASK_ID.equals(task.getTaskDefinitionKey())) {
            throw new WorkRefused("only a dated follow-up of yours, or an overdue one for its manager, can be extended");
        }
        finish(taskId, actor, List.of(FollowUpVariables.OVERDUE_TASK_ID), Map.of(
                FollowUpVariables.DECISION, FollowUpVariables.DECISION_EXTEND,
                FollowUpVariables.NEW_DUE_DATE, newDueDate.toString(),
                FollowUpVariables.REASON, reason, FollowUpVariables.DECIDED_BY, actor.username()));
    }

    private void moveOwnDueDate(Task task, Actor actor, LocalDate newDueDate, String reason) {
        long commitmentId = ((Number) runtime.getVariable(task.getExecutionId(), FollowUpVariables.COMMITMENT_ID)).longValue();
        CommitmentView moved = commitments.extend(commitmentId, newDueDate, reason, actor.username());
        Map<String, Object> timers = new HashMap<>();
        dates.apply(timers::put, moved);
        runtime.setVariables(task.getProcessInstanceId(), timers);
        ActivityInstance tree = runtime.getActivityInstance(task.getProcessInstanceId());
        ActivityInstance current = tree.getActivityInstances(FollowUpVariables.FULFIL_TASK_ID)[0];
        // Start the new task before cancelling the old one, so the sub-process around it never empties and ends.
        runtime.createProcessInstanceModification(task.getProcessInstanceId())
                .startBeforeActivity(FollowUpVariables.FULFIL_TASK_ID, current.getParentActivityInstanceId())
                .cancelActivityInstance(current.getId())
                .execute();
        log.info("{} moved the due date of commitment {} to {}", actor.username(), commitmentId, newDueDate);
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

    /** The tasks an owner holds as owner, which they may hand over to a colleague. */
    private static final Set<String> OWNER_TASKS = Set.of(FollowUpVariables.FULFIL_TASK_ID,
            FollowUpVariables.FULFIL_UNDATED_TASK_ID, FollowUpVariables.CHASE_TASK_ID,
            FollowUpVariables.AWAIT_ANCHOR_TASK_ID, FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID);

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why");
        }
    }

    private Task visible(String taskId, Actor actor) {
        Task task = queryFor(actor).taskId(taskId).singleResult();
        if (task == null) {
            log.warn("Denied: {} asked for task {} that is not theirs to see", actor.username(), taskId);
            throw new WorkItemNotFound(taskId);
        }
        return task;
    }

    private boolean isOffered(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
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
        // Which tasks of the page were offered to a group: one query, not one per row.
        Set<String> offered = tasks.createTaskQuery().taskIdIn(page.stream().map(Task::getId).toArray(String[]::new))
                .withCandidateGroups().includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
        Map<CableId, String> subjects = cables.headlines(cableIdByInstance.values().stream().map(CableId::of).toList(),
                actor.reader());
        return page.stream().map(task -> {
            String cableId = cableIdByInstance.get(task.getProcessInstanceId());
            CableId id = cableId == null ? null : CableId.of(cableId);
            return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getName(), id, id == null ? "" : subjects.getOrDefault(id, ""),
                    toInstant(task.getDueDate()), toInstant(task.getCreateTime()), task.getAssignee(),
                    offered.contains(task.getId()));
        }).toList();
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
