package org.septel.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.septel.commitment.CandidateAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A follow-up added by hand to a cable whose review is over is tracked by reopening the cable's case: another
 * CableCaseProcess instance with the same business key starts at "Open confirmed follow-ups" (ADR 0011). While
 * the review is still open, the review's completion picks the added follow-up up, so nothing happens here.
 */
@Component
class CaseReopener {

    private static final Logger log = LoggerFactory.getLogger(CaseReopener.class);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;

    CaseReopener(RuntimeService runtime, HistoryService history, TaskService tasks) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
    }

    @EventListener
    void on(CandidateAdded event) {
        String cableId = event.cableId().value();
        boolean hasCase = history.createHistoricProcessInstanceQuery().processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId).count() > 0;
        boolean inReview = tasks.createTaskQuery().processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId).taskDefinitionKey(CableCaseVariables.REVIEW_TASK_ID).count() > 0;
        if (!hasCase || inReview) {
            return;
        }
        runtime.createMessageCorrelation(CableCaseVariables.MESSAGE_FOLLOW_UPS_ADDED)
                .processInstanceBusinessKey(cableId)
                .setVariable(CableCaseVariables.CABLE_ID, cableId)
                .setVariable(FollowUpVariables.REVIEWER, event.addedBy())
                .correlateStartMessage();
        log.info("Reopened the case of cable {} for follow-up {} added by {}", cableId, event.candidateId(), event.addedBy());
    }
}
