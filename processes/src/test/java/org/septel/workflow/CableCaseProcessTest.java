package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.septel.workflow.internal.FollowUpIds;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * One test per path through CableCaseProcess.bpmn. The called FollowUpProcess is deployed for real but its coverage
 * is FollowUpProcessTest's business; this class must cover at least 90% of the case process.
 */
@Deployment(resources = {"bpmn/CableCaseProcess.bpmn", "bpmn/FollowUpProcess.bpmn"})
class CableCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(FollowUpVariables.PROCESS_ID).assertClassCoverageAtLeast(0.9).build();

    private static final Date REVIEW_DUE = Date.from(Instant.parse("2008-09-23T17:55:00Z"));

    ProcessEngine processEngine;

    private String confirmed = "";

    @BeforeEach
    void setUp() {
        init(processEngine);
        Mocks.register("followUpIds", new FollowUpIds());
        Mocks.register("openCommitmentsDelegate", (JavaDelegate) execution ->
                execution.setVariable(FollowUpVariables.COMMITMENT_IDS, confirmed));
        Mocks.register("planFollowUpDelegate", (JavaDelegate) execution -> {
            execution.setVariable(FollowUpVariables.OWNER, "dana");
            execution.setVariable(FollowUpVariables.MANAGER_GROUP, "managers");
            FollowUpVariables.setDates(execution, null, java.time.LocalDate.parse("2008-10-03"));
        });
        Mocks.register("recordFulfilmentDelegate", (JavaDelegate) execution -> { });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void a_filed_cable_waits_for_its_desk_to_review_the_follow_ups_by_the_due_date() {
        ProcessInstance instance = start("08OTTAWA1245");

        assertThat(instance).isStarted().isWaitingAt(CableCaseVariables.REVIEW_TASK_ID);
        assertThat(instance.getBusinessKey()).isEqualTo("08OTTAWA1245");
        assertThat(task(instance)).hasName("Review follow-ups").hasCandidateGroup("desk-officers").isNotAssigned();
        assertThat(task(instance).getDueDate()).isEqualTo(REVIEW_DUE);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(task(instance).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("desk-officers");
    }

    @Test
    void a_review_that_confirms_nothing_closes_the_case() {
        ProcessInstance instance = start("08OTTAWA1245");

        complete(task(instance), Map.of(FollowUpVariables.REVIEWER, "dana"));

        assertThat(instance).hasPassedInOrder("StartEvent_CableFiled", CableCaseVariables.REVIEW_TASK_ID,
                "ServiceTask_OpenCommitments", "EndEvent_CaseClosed").isEnded();
    }

    @Test
    void each_confirmed_follow_up_is_tracked_and_the_case_closes_when_the_last_one_does() {
        confirmed = "7,9";
        ProcessInstance instance = start("08OTTAWA1245");

        complete(task(instance), Map.of(FollowUpVariables.REVIEWER, "dana"));

        assertThat(instance).isWaitingAt("CallActivity_FollowUps");
        var followUps = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(FollowUpVariables.PROCESS_ID).list();
        assertThat(followUps).hasSize(2).allSatisfy(f -> assertThat(f.getBusinessKey()).isEqualTo("08OTTAWA1245"));
        var tasks = processEngine.getTaskService().createTaskQuery().processDefinitionKey(FollowUpVariables.PROCESS_ID).list();
        assertThat(tasks).hasSize(2).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("dana"));

        complete(tasks.get(0));
        assertThat(instance).isWaitingAt("CallActivity_FollowUps");
        complete(tasks.get(1));
        assertThat(instance).hasPassed("EndEvent_CaseClosed").isEnded();
    }

    @Test
    void a_closed_case_is_reopened_for_follow_ups_added_after_its_review_and_closes_again_when_they_do() {
        ProcessInstance first = start("08OTTAWA1245");
        complete(task(first), Map.of(FollowUpVariables.REVIEWER, "dana"));
        assertThat(first).isEnded();

        confirmed = "11";
        ProcessInstance reopened = processEngine.getRuntimeService()
                .createMessageCorrelation(CableCaseVariables.MESSAGE_FOLLOW_UPS_ADDED)
                .processInstanceBusinessKey("08OTTAWA1245")
                .setVariable(CableCaseVariables.CABLE_ID, "08OTTAWA1245")
                .setVariable(FollowUpVariables.REVIEWER, "lee")
                .correlateStartMessage();

        assertThat(reopened).hasPassed("StartEvent_FollowUpsAdded").hasNotPassed(CableCaseVariables.REVIEW_TASK_ID)
                .isWaitingAt("CallActivity_FollowUps");
        assertThat(reopened.getBusinessKey()).isEqualTo("08OTTAWA1245");
        var followUp = processEngine.getTaskService().createTaskQuery().processDefinitionKey(FollowUpVariables.PROCESS_ID).singleResult();
        assertThat(followUp.getAssignee()).isEqualTo("dana");
        complete(followUp);
        assertThat(reopened).hasPassed("EndEvent_CaseClosed").isEnded();
    }

    private ProcessInstance start(String cableId) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(CableCaseVariables.PROCESS_ID, cableId,
                Map.of(CableCaseVariables.CABLE_ID, cableId,
                        CableCaseVariables.DESK_GROUP, "desk-officers",
                        CableCaseVariables.REVIEW_DUE_DATE, REVIEW_DUE));
    }
}
