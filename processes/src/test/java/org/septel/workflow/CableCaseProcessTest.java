package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** One test per path through CableCaseProcess.bpmn. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/CableCaseProcess.bpmn")
class CableCaseProcessTest {

    private static final Date REVIEW_DUE = Date.from(Instant.parse("2008-09-23T17:55:00Z"));

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        init(processEngine);
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
    void completing_the_review_closes_the_case() {
        ProcessInstance instance = start("08OTTAWA1245");

        complete(task(instance));

        assertThat(instance).hasPassedInOrder("StartEvent_CableFiled", CableCaseVariables.REVIEW_TASK_ID,
                "EndEvent_CaseClosed").isEnded();
    }

    private ProcessInstance start(String cableId) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(CableCaseVariables.PROCESS_ID, cableId,
                Map.of(CableCaseVariables.CABLE_ID, cableId,
                        CableCaseVariables.DESK_GROUP, "desk-officers",
                        CableCaseVariables.REVIEW_DUE_DATE, REVIEW_DUE));
    }
}
