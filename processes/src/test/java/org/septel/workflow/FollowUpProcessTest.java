package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * One test per path through FollowUpProcess.bpmn; the delegates are stand-ins that record what they were asked.
 * Timers are driven by executing their jobs. The build fails when the class covers less than 90% of the
 * process's flow nodes and sequence flows (report in target/process-test-coverage).
 */
@Deployment(resources = "bpmn/FollowUpProcess.bpmn")
class FollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    private static final LocalDate DUE = LocalDate.parse("2008-12-31");
    private static final long COMMITMENT = 42L;

    ProcessEngine processEngine;
    private final List<String> calls = new ArrayList<>();
    private LocalDate plannedDue;
    private boolean anchored;

    @BeforeEach
    void setUp() {
        init(processEngine);
        Mocks.register("planFollowUpDelegate", (JavaDelegate) execution -> {
            calls.add("plan");
            execution.setVariable(FollowUpVariables.OWNER, "dana");
            execution.setVariable(FollowUpVariables.MANAGER_GROUP, "managers");
            execution.setVariable(FollowUpVariables.AWAITS_ANCHOR, anchored);
            FollowUpVariables.setDates(execution, plannedDue, LocalDate.parse("2008-10-03"),
                    plannedDue == null ? null : plannedDue.minusDays(3));
        });
        Mocks.register("scheduleAnchoredDelegate", (JavaDelegate) execution -> {
            String date = (String) execution.getVariable(FollowUpVariables.ANCHOR_DATE);
            calls.add("anchor " + date);
            execution.setVariable(FollowUpVariables.AWAITS_ANCHOR, false);
            FollowUpVariables.setDates(execution, LocalDate.parse(date), null);
        });
        Mocks.register("markOverdueDelegate", (JavaDelegate) execution -> calls.add("overdue"));
        Mocks.register("recordSlipDelegate", (JavaDelegate) execution -> {
            calls.add("slip " + execution.getVariable(FollowUpVariables.NEW_DUE_DATE));
            FollowUpVariables.setDates(execution,
                    LocalDate.parse((String) execution.getVariable(FollowUpVariables.NEW_DUE_DATE)), null);
        });
        Mocks.register("reassignDelegate", (JavaDelegate) execution -> {
            calls.add("reassign " + execution.getVariable(FollowUpVariables.NEW_OWNER));
            execution.setVariable(FollowUpVariables.OWNER, execution.getVariable(FollowUpVariables.NEW_OWNER));
        });
        Mocks.register("recordChaseRequestDelegate", (JavaDelegate) execution -> calls.add("chase requested"));
        Mocks.register("withdrawDelegate", (JavaDelegate) execution -> calls.add("withdraw " + execution.getVariable(FollowUpVariables.REASON)));
        Mocks.register("recordFulfilmentDelegate", (JavaDelegate) execution ->
                calls.add(FollowUpVariables.OUTCOME_PARTLY.equals(execution.getVariable(FollowUpVariables.OUTCOME))
                        ? "partly fulfilled" : "fulfilled"));
        Mocks.register("remindBeforeDueDelegate", (JavaDelegate) execution -> calls.add("reminded"));
        Mocks.register("remindOnFollowUpDateDelegate", (JavaDelegate) execution -> calls.add("chase reminder"));
        Mocks.register("confirmReplyDelegate", (JavaDelegate) execution ->
                calls.add("reply confirmed " + execution.getVariable(FollowUpVariables.REPLY_CABLE_ID)));
        Mocks.register("rejectReplyDelegate", (JavaDelegate) execution ->
                calls.add("reply rejected " + execution.getVariable(FollowUpVariables.REPLY_CABLE_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void an_undated_follow_up_goes_to_its_owner_with_a_chase_date_and_closes_when_fulfilled() {
        plannedDue = null;
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_UNDATED_TASK_ID);
        assertThat(task(instance)).isAssignedTo("dana").hasName("Fulfil follow-up");
        assertThat(task(instance).getFollowUpDate()).isNotNull();
        complete(task(instance), Map.of(FollowUpVariables.FULFILMENT_NOTE, "comments received"));

        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled", "EndEvent_FollowUpClosed").isEnded();
        assertThat(calls).containsExactly("plan", "fulfilled");
    }

    @Test
    void owner_is_reminded_before_the_due_date_and_keeps_the_task() {
        plannedDue = DUE;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);

        execute(job("BoundaryEvent_ReminderBeforeDue"));

        assertThat(instance).hasPassed("EndEvent_ReminderSent").isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        complete(task(instance));
        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "reminded", "fulfilled");
    }

    @Test
    void owner_of_an_undated_follow_up_is_reminded_to_chase_on_its_follow_up_date() {
        plannedDue = null;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_UNDATED_TASK_ID);

        execute(job("BoundaryEvent_FollowUpDate"));

        assertThat(instance).hasPassed("EndEvent_FollowUpReminderSent").isWaitingAt(FollowUpVariables.FULFIL_UNDATED_TASK_ID);
        assertThat(calls).containsExactly("plan", "chase reminder");
    }

    @Test
    void a_dated_follow_up_fulfilled_only_in_part_before_its_due_date_closes_as_partly_fulfilled() {
        plannedDue = DUE;
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue")).isNotNull();
        assertThat(job("BoundaryEvent_ReminderBeforeDue")).isNotNull();
        complete(task(instance), Map.of(FollowUpVariables.OUTCOME, FollowUpVariables.OUTCOME_PARTLY,
                FollowUpVariables.FULFILMENT_NOTE, "briefed on China only"));

        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").hasNotPassed("ServiceTask_MarkOverdue").isEnded();
        assertThat(calls).containsExactly("plan", "partly fulfilled");
    }

    @Test
    void follow_up_is_escalated_when_its_due_date_passes_and_an_extension_records_a_slip() {
        ProcessInstance instance = overdue();

        assertThat(task(instance)).hasCandidateGroup("managers").hasName("Overdue follow-up");
        complete(task(instance), decision(FollowUpVariables.DECISION_EXTEND,
                FollowUpVariables.NEW_DUE_DATE, "2009-01-31", FollowUpVariables.REASON, "election delayed it"));

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue").getDuedate()).isEqualTo(Date.from(Instant.parse("2009-02-01T00:00:00Z")));
        complete(task(instance));
        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "slip 2009-01-31", "fulfilled");
    }

    @Test
    void overdue_follow_up_withdrawn_by_the_manager_closes_as_withdrawn() {
        ProcessInstance instance = overdue();

        complete(task(instance), decision(FollowUpVariables.DECISION_WITHDRAW,
                FollowUpVariables.REASON, "overtaken by events"));

        assertThat(instance).hasPassed("EndEvent_FollowUpWithdrawn").hasNotPassed("EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "withdraw overtaken by events");
    }

    @Test
    void overdue_follow_up_reassigned_by_the_manager_goes_to_the_new_owner_to_chase_and_closes_when_delivered() {
        ProcessInstance instance = overdue();

        complete(task(instance), decision(FollowUpVariables.DECISION_REASSIGN,
                FollowUpVariables.NEW_OWNER, "lee", FollowUpVariables.REASON, "dana is on leave"));

        assertThat(instance).isWaitingAt(FollowUpVariables.CHASE_TASK_ID);
        assertThat(task(instance)).isAssignedTo("lee").hasName("Chase overdue follow-up");
        complete(task(instance), Map.of(FollowUpVariables.OUTCOME, FollowUpVariables.OUTCOME_FULFILLED));
        assertThat(instance).hasPassed("ServiceTask_Reassign", "EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "reassign lee", "fulfilled");
    }

    @Test
    void owner_asked_to_chase_who_gets_nothing_hands_it_back_to_the_managers() {
        ProcessInstance instance = overdue();

        complete(task(instance), decision(FollowUpVariables.DECISION_CHASE, FollowUpVariables.REASON, "call Caza"));
        assertThat(instance).isWaitingAt(FollowUpVariables.CHASE_TASK_ID);
        assertThat(task(instance)).isAssignedTo("dana");
        Map<String, Object> nothing = new HashMap<>();
        nothing.put(FollowUpVariables.OUTCOME, null);
        complete(task(instance), nothing);

        assertThat(instance).isWaitingAt(FollowUpVariables.OVERDUE_TASK_ID);
        complete(task(instance), decision(FollowUpVariables.DECISION_WITHDRAW, FollowUpVariables.REASON, "moot"));
        assertThat(instance).hasPassed("ServiceTask_RecordChaseRequest", "EndEvent_FollowUpWithdrawn").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "chase requested", "withdraw moot");
    }

    @Test
    void a_follow_up_anchored_to_an_event_waits_until_a_message_brings_the_date_then_runs_as_dated() {
        anchored = true;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.AWAIT_ANCHOR_TASK_ID);
        assertThat(task(instance)).isAssignedTo("dana");

        runtimeService().createMessageCorrelation(FollowUpVariables.MESSAGE_ANCHOR_KNOWN)
                .processInstanceVariableEquals(FollowUpVariables.COMMITMENT_ID, COMMITMENT)
                .setVariable(FollowUpVariables.ANCHOR_DATE, "2009-03-15").correlate();

        assertThat(instance).hasPassed("BoundaryEvent_AnchorKnown").isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue").getDuedate()).isEqualTo(Date.from(Instant.parse("2009-03-16T00:00:00Z")));
        complete(task(instance));
        assertThat(instance).isEnded();
        assertThat(calls).containsExactly("plan", "anchor 2009-03-15", "fulfilled");
    }

    @Test
    void the_owner_of_a_follow_up_waiting_on_a_condition_sets_its_date_by_hand() {
        anchored = true;
        ProcessInstance instance = start();

        complete(task(instance), Map.of(FollowUpVariables.ANCHOR_DATE, "2008-11-28"));

        assertThat(instance).hasNotPassed("BoundaryEvent_AnchorKnown").isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(calls).containsExactly("plan", "anchor 2008-11-28");
    }

    @Test
    void a_matched_reply_confirmed_by_the_owner_closes_the_follow_up_with_the_reply_as_evidence() {
        plannedDue = DUE;
        ProcessInstance instance = start();

        replyArrives("08OTTAWA1500");

        assertThat(instance).isWaitingAt(FollowUpVariables.CONFIRM_FULFILMENT_TASK_ID);
        assertThat(task(instance)).isAssignedTo("dana").hasName("Confirm fulfilment");
        assertThat(job("BoundaryEvent_Overdue")).as("the wait is interrupted while the owner compares").isNull();
        complete(task(instance), Map.of(FollowUpVariables.REPLY_CONFIRMED, true));

        assertThat(instance).hasPassed("EndEvent_FulfilledByReply").hasNotPassed("EndEvent_FollowUpClosed").isEnded();
        assertThat(calls).containsExactly("plan", "reply confirmed 08OTTAWA1500");
    }

    @Test
    void a_matched_reply_rejected_by_the_owner_returns_the_follow_up_to_waiting() {
        plannedDue = DUE;
        ProcessInstance instance = start();
        replyArrives("08OTTAWA1500");

        complete(task(instance), Map.of(FollowUpVariables.REPLY_CONFIRMED, false, FollowUpVariables.REASON, "other topic"));

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue")).isNotNull();
        assertThat(calls).containsExactly("plan", "reply rejected 08OTTAWA1500");
        complete(task(instance));
        assertThat(instance).hasPassed("EndEvent_FollowUpClosed").isEnded();
    }

    private ProcessInstance overdue() {
        plannedDue = DUE;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        execute(job("BoundaryEvent_Overdue"));
        assertThat(instance).isWaitingAt(FollowUpVariables.OVERDUE_TASK_ID);
        return instance;
    }

    private void replyArrives(String replyCableId) {
        runtimeService().createMessageCorrelation(FollowUpVariables.MESSAGE_REPLY_RECEIVED)
                .processInstanceVariableEquals(FollowUpVariables.COMMITMENT_ID, COMMITMENT)
                .setVariable(FollowUpVariables.REPLY_CABLE_ID, replyCableId).correlate();
    }

    private static Map<String, Object> decision(String decision, Object... more) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(FollowUpVariables.DECISION, decision);
        variables.put(FollowUpVariables.DECIDED_BY, "morgan");
        for (int i = 0; i < more.length; i += 2) {
            variables.put((String) more[i], more[i + 1]);
        }
        return variables;
    }

    private ProcessInstance start() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(FollowUpVariables.PROCESS_ID, "08OTTAWA1245",
                Map.of(FollowUpVariables.COMMITMENT_ID, COMMITMENT));
    }
}
