package org.septel.workflow;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts the case of a newly filed cable. It runs inside the filing transaction, so the cable and its case commit
 * together; a case that already exists for the cable is never started twice.
 *
 * <p>The cables filed in one transaction (one, or a chunk of a bulk import: ADR 25) get their cases just before
 * that transaction commits, all in one engine command: one query for the cases that already exist, one for the
 * newest case process and routing table, and one flush of the engine's inserts for the whole chunk, instead of
 * each per cable. A failure there rolls the whole transaction back, cables included.
 */
@Component
class CableCaseStarter {

    private static final Logger log = LoggerFactory.getLogger(CableCaseStarter.class);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DecisionService decisions;
    private final BeforeCommitBatch<CableRegistered> pending;
    private final WorkflowProperties properties;
    private final CableRouting routing;
    private final CableCatalog catalog;
    private final Clock clock;

    CableCaseStarter(RuntimeService runtime, HistoryService history, RepositoryService repository,
            DecisionService decisions, ProcessEngineConfigurationImpl engine, WorkflowProperties properties,
            CableRouting routing, CableCatalog catalog, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.decisions = decisions;
        this.pending = new BeforeCommitBatch<>(engine, this::startCases);
        this.properties = properties;
        this.routing = routing;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(CableRegistered event) {
        pending.add(event);
    }

    /** Inside one engine command (BeforeCommitBatch): definitions are read once, inserts flushed once. */
    private void startCases(List<CableRegistered> cables) {
        Set<String> withCase = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKeyIn(cables.stream().map(c -> c.cableId().value()).toArray(String[]::new))
                .list().stream().map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet());
        ProcessDefinition process = repository.createProcessDefinitionQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID).latestVersion().singleResult();
        DecisionDefinition routingTable = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CableRouting.DECISION_ID).latestVersion().singleResult();
        Date reviewDue = Date.from(BusinessDays.plus(clock.instant().atZone(ZoneOffset.UTC),
                properties.reviewBusinessDays()).toInstant());
        for (CableRegistered cable : cables) {
            String cableId = cable.cableId().value();
            if (withCase.contains(cableId)) {
                log.info("Case for cable {} already exists; not starting another", cableId);
                continue;
            }
            String deskGroup = decisions.evaluateDecisionTableById(routingTable.getId(),
                    routing.inputs(cable.parsed())).getSingleResult().getSingleEntry();
            catalog.routeTo(cable.cableId(), deskGroup);
            runtime.createProcessInstanceById(process.getId()).businessKey(cableId).setVariables(Map.of(
                    CableCaseVariables.CABLE_ID, cableId,
                    CableCaseVariables.DESK_GROUP, deskGroup,
                    CableCaseVariables.REVIEW_DUE_DATE, reviewDue)).execute();
            log.info("Started case for cable {} (routed to {})", cableId, deskGroup);
        }
    }
}
