package org.septel.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.HistoryService;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

/**
 * Starts the case of a newly filed cable. It runs inside the filing transaction (a plain, synchronous listener),
 * so the cable and its case commit together; a case that already exists for the cable is never started twice.
 */
@Component
class CableCaseStarter {

    private static final Logger log = LoggerFactory.getLogger(CableCaseStarter.class);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final WorkflowProperties properties;
    private final CableRouting routing;
    private final CableCatalog catalog;
    private final Clock clock;

    CableCaseStarter(RuntimeService runtime, HistoryService history, WorkflowProperties properties,
            CableRouting routing, CableCatalog catalog, Clock clock) {
        this.runtime = runtime;
        this.history = history;
        this.properties = properties;
        this.routing = routing;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(CableRegistered event) {
        String cableId = event.cableId().value();
        long existing = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CableCaseVariables.PROCESS_ID)
                .processInstanceBusinessKey(cableId)
                .count();
        if (existing > 0) {
            log.info("Case for cable {} already exists; not starting another", cableId);
            return;
        }
        Date reviewDue = Date.from(BusinessDays.plus(clock.instant().atZone(ZoneOffset.UTC),
                properties.reviewBusinessDays()).toInstant());
        String deskGroup = routing.deskGroupFor(event.parsed());
        catalog.routeTo(event.cableId(), deskGroup);
        runtime.startProcessInstanceByKey(CableCaseVariables.PROCESS_ID, cableId, Map.of(
                CableCaseVariables.CABLE_ID, cableId,
                CableCaseVariables.DESK_GROUP, deskGroup,
                CableCaseVariables.REVIEW_DUE_DATE, reviewDue));
        log.info("Started case for cable {} (routed to {})", cableId, deskGroup);
    }
}
