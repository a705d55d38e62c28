package org.septel.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Names and types of the Follow-up process's variables, in one place. They hold ids, dates for the engine's timers
 * and the decisions people make in tasks, never copies of the commitment itself.
 */
public final class FollowUpVariables {

    public static final String PROCESS_ID = "FollowUpProcess";
    public static final String FULFIL_TASK_ID = "Task_FulfilFollowUp";
    public static final String FULFIL_UNDATED_TASK_ID = "Task_FulfilUndatedFollowUp";
    public static final String OVERDUE_TASK_ID = "Task_HandleOverdue";
    public static final String CHASE_TASK_ID = "Task_ChaseOverdue";
    public static final String AWAIT_ANCHOR_TASK_ID = "Task_AwaitAnchor";
    public static final String CONFIRM_FULFILMENT_TASK_ID = "Task_ConfirmFulfilment";
    /** Correlated to a follow-up when a later cable looks like its reply; carries {@link #REPLY_CABLE_ID}. */
    public static final String MESSAGE_REPLY_RECEIVED = "Message_ReplyReceived";
    /** Correlated to an anchored follow-up when its event's or condition's date is known; carries {@link #ANCHOR_DATE}. */
    public static final String MESSAGE_ANCHOR_KNOWN = "Message_AnchorKnown";

    public static final String COMMITMENT_ID = "commitmentId";
    /** The case's confirmed follow-ups, comma-separated (object variables would need Java serialization). */
    public static final String COMMITMENT_IDS = "commitmentIds";
    public static final String REVIEWER = "reviewer";
    public static final String OWNER = "owner";
    public static final String MANAGER_GROUP = "managerGroup";
    public static final String DUE_AT = "dueAt";
    public static final String OVERDUE_AT = "overdueAt";
    public static final String FOLLOW_UP_AT = "followUpAt";
    /** ISO instants for the reminder timers. */
    public static final String REMIND_AT = "remindAt";
    public static final String FOLLOW_UP_TIMER_AT = "followUpTimerAt";

    public static final String DECISION = "decision";
    public static final String DECISION_EXTEND = "extend";
    public static final String DECISION_WITHDRAW = "withdraw";
    public static final String DECISION_REASSIGN = "reassign";
    public static final String DECISION_CHASE = "chase";
    /** Gateway flag: the item hangs on an event or condition whose date is not known yet. */
    public static final String AWAITS_ANCHOR = "awaitsAnchor";
    /** ISO date set by the owner or carried by {@link #MESSAGE_ANCHOR_KNOWN}. */
    public static final String ANCHOR_DATE = "anchorDate";
    /** Username of the officer a manager gives the follow-up to. */
    public static final String NEW_OWNER = "newOwner";
    /** Id of the later cable proposed as the reply. */
    public static final String REPLY_CABLE_ID = "replyCableId";
    /** Gateway flag: the owner confirmed the proposed reply. */
    public static final String REPLY_CONFIRMED = "replyConfirmed";
    /** How the owner closes it: {@link #OUTCOME_FULFILLED} or {@link #OUTCOME_PARTLY}; unset on the chase task means nothing came yet. */
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_FULFILLED = "fulfilled";
    public static final String OUTCOME_PARTLY = "partly";
    /** Id of a later cable the owner names as evidence of the fulfilment (optional). */
    public static final String EVIDENCE_CABLE_ID = "evidenceCableId";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String REASON = "reason";
    public static final String DECIDED_BY = "decidedBy";
    public static final String FULFILMENT_NOTE = "fulfilmentNote";

    private FollowUpVariables() {
    }

    public static long commitmentId(VariableScope scope) {
        return ((Number) scope.getVariable(COMMITMENT_ID)).longValue();
    }

    public static String joinIds(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> splitIds(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    /**
     * A hard due date is due at the end of its day (UTC) and overdue from the start of the next; a follow-up date
     * is a chase date at the start of the working day.
     */
    public static void setDates(VariableScope scope, LocalDate dueDate, LocalDate followUpDate) {
        setDates(scope, dueDate, followUpDate, dueDate);
    }

    /**
     * As {@link #setDates(VariableScope, LocalDate, LocalDate)}, with the day the owner is reminded before the due
     * date (computed by the caller on the business calendar).
     */
    public static void setDates(VariableScope scope, LocalDate dueDate, LocalDate followUpDate, LocalDate remindOn) {
        setDates((BiConsumer<String, Object>) scope::setVariable, dueDate, followUpDate, remindOn);
    }

    /** As {@link #setDates(VariableScope, LocalDate, LocalDate, LocalDate)}, into any sink (a map of variables). */
    public static void setDates(BiConsumer<String, Object> scope, LocalDate dueDate, LocalDate followUpDate, LocalDate remindOn) {
        scope.accept(REMIND_AT, remindOn == null ? null : remindOn.atTime(9, 0).toInstant(ZoneOffset.UTC).toString());
        scope.accept(FOLLOW_UP_TIMER_AT, followUpDate == null ? null
                : followUpDate.atTime(9, 0).toInstant(ZoneOffset.UTC).toString());
        scope.accept(DUE_AT, dueDate == null ? null : Date.from(dueDate.atTime(23, 59).toInstant(ZoneOffset.UTC)));
        scope.accept(OVERDUE_AT, dueDate == null ? null : dueDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        scope.accept(FOLLOW_UP_AT, followUpDate == null ? null
                : Date.from(followUpDate.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }
}
