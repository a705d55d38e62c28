package org.septel.workflow;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableRegistered;
import org.septel.cable.ParsedCable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shares a newly filed cable, read-only, with the desks it was sent to for INFO, as the ShareWithInfoDesks decision
 * table (dmn/ShareWithInfoDesks.dmn, editable without code) says. The routed desk owns the work; these desks read.
 * The cables of one transaction are shared just before it commits, in one engine command that reads the newest
 * table once (ADR 25).
 */
@Component
class InfoDeskSharing {

    static final String DECISION_ID = "ShareWithInfoDesks";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final CableCatalog catalog;
    private final BeforeCommitBatch<CableRegistered> pending;

    InfoDeskSharing(DecisionService decisions, RepositoryService repository, CableCatalog catalog,
            ProcessEngineConfigurationImpl engine) {
        this.decisions = decisions;
        this.repository = repository;
        this.catalog = catalog;
        this.pending = new BeforeCommitBatch<>(engine, this::share);
    }

    @EventListener
    void on(CableRegistered registered) {
        if (registered.parsed().info() != null && !registered.parsed().info().isEmpty()) {
            pending.add(registered);
        }
    }

    /** Inside one engine command (BeforeCommitBatch): the table is read once for all the cables. */
    private void share(List<CableRegistered> cables) {
        String table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_ID).latestVersion()
                .singleResult().getId();
        for (CableRegistered registered : cables) {
            Set<String> desks = infoDesksFor(registered.parsed(), table);
            if (!desks.isEmpty()) {
                catalog.shareWith(registered.cableId(), desks);
            }
        }
    }

    Set<String> infoDesksFor(ParsedCable cable, String decisionDefinitionId) {
        if (cable.info() == null || cable.info().isEmpty()) {
            return Set.of();
        }
        // One evaluation for all addressees: "|AMEMBASSY OTTAWA|IRAN COLLECTIVE|".
        String info = "|" + String.join("|", cable.info()).toUpperCase(Locale.ROOT) + "|";
        Set<String> desks = new TreeSet<>();
        for (Map<String, Object> row : decisions.evaluateDecisionTableById(decisionDefinitionId, Map.of("info", info))
                .getResultList()) {
            Object desk = row.get("deskGroup");
            if (desk != null) {
                desks.add(desk.toString());
            }
        }
        return desks;
    }
}
