package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** One test per path through FollowUpProcess.bpmn; the delegates are stand-ins that record what they were asked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/FollowUpProcess.bpmn")
class FollowUpProcessTest {

    private static final LocalDate DUE = LocalDate.parse("2008-12-31");

    ProcessEngine processEngine;
    private final List<String> calls = new ArrayList<>();
    private LocalDate plannedDue;

    @BeforeEach
    void setUp() {
        init(processEngine);
        Mocks.register("planFollowUpDelegate", (JavaDelegate) execution -> {
            calls.add("plan");
            execution.setVariable(FollowUpVariables.OWNER, "dana");
            execution.setVariable(FollowUpVariables.MANAGER_GROUP, "managers");
            FollowUpVariables.setDates(execution, plannedDue, LocalDate.parse("2008-10-03"),
                    plannedDue == null ? null : plannedDue.minusDays(3));
        });
        Mocks.register("markOverdueDelegate", (JavaDelegate) execution -> calls.add("overdue"));
        Mocks.register("recordSlipDelegate", (JavaDelegate) execution -> {
            calls.add("slip " + execution.getVariable(FollowUpVariables.NEW_DUE_DATE));
            FollowUpVariables.setDates(execution,
                    LocalDate.parse((String) execution.getVariable(FollowUpVariables.NEW_DUE_DATE)), null);
        });
        Mocks.register("withdrawDelegate", (JavaDelegate) execution -> calls.add("withdraw " + execution.getVariable(FollowUpVariables.REASON)));
        Mocks.register("recordFulfilmentDelegate", (JavaDelegate) execution -> calls.add("fulfilled"));
        Mocks.register("remindBeforeDueDelegate", (JavaDelegate) execution -> calls.add("reminded"));
        Mocks.register("remindOnFollowUpDateDelegate", (JavaDelegate) execution -> calls.add("chase reminder"));
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

        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").isEnded();
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
    void a_dated_follow_up_fulfilled_before_its_due_date_never_escalates() {
        plannedDue = DUE;
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue")).isNotNull();
        assertThat(job("BoundaryEvent_ReminderBeforeDue")).isNotNull();
        complete(task(instance));

        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").hasNotPassed("ServiceTask_MarkOverdue").isEnded();
    }

    @Test
    void follow_up_is_escalated_when_its_due_date_passes_and_an_extension_records_a_slip() {
        plannedDue = DUE;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);

        execute(job("BoundaryEvent_Overdue"));

        assertThat(instance).isWaitingAt(FollowUpVariables.OVERDUE_TASK_ID);
        assertThat(task(instance)).hasCandidateGroup("managers").hasName("Overdue follow-up");
        complete(task(instance), Map.of(FollowUpVariables.DECISION, FollowUpVariables.DECISION_EXTEND,
                FollowUpVariables.NEW_DUE_DATE, "2009-01-31", FollowUpVariables.REASON, "election delayed it",
                FollowUpVariables.DECIDED_BY, "morgan"));

        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        assertThat(job("BoundaryEvent_Overdue").getDuedate()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2009-02-01T00:00:00Z")));
        complete(task(instance));
        assertThat(instance).hasPassed("EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "slip 2009-01-31", "fulfilled");
    }

    @Test
    void overdue_follow_up_withdrawn_by_the_manager_closes_as_withdrawn() {
        plannedDue = DUE;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(FollowUpVariables.FULFIL_TASK_ID);
        execute(job("BoundaryEvent_Overdue"));

        complete(task(instance), Map.of(FollowUpVariables.DECISION, FollowUpVariables.DECISION_WITHDRAW,
                FollowUpVariables.REASON, "overtaken by events", FollowUpVariables.DECIDED_BY, "morgan"));

        assertThat(instance).hasPassed("EndEvent_FollowUpWithdrawn").hasNotPassed("EndEvent_FollowUpFulfilled").isEnded();
        assertThat(calls).containsExactly("plan", "overdue", "withdraw overtaken by events");
    }

    private ProcessInstance start() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(FollowUpVariables.PROCESS_ID, "08OTTAWA1245",
                Map.of(FollowUpVariables.COMMITMENT_ID, 42L));
    }
}
