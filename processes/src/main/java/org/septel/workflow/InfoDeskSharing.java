package org.septel.workflow;

import org.camunda.bpm.engine.DecisionService;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableRegistered;
import org.septel.cable.ParsedCable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shares a newly filed cable, read-only, with the desks it was sent to for INFO, as the ShareWithInfoDesks decision
 * table (dmn/ShareWithInfoDesks.dmn, editable without code) says. The routed desk owns the work; these desks read.
 */
@Component
class InfoDeskSharing {

    static final String DECISION_ID = "ShareWithInfoDesks";

    private final DecisionService decisions;
    private final CableCatalog catalog;

    InfoDeskSharing(DecisionService decisions, CableCatalog catalog) {
        this.decisions = decisions;
        this.catalog = catalog;
    }

    @EventListener
    void on(CableRegistered registered) {
        Set<String> desks = infoDesksFor(registered.parsed());
        if (!desks.isEmpty()) {
            catalog.shareWith(registered.cableId(), desks);
        }
    }

    Set<String> infoDesksFor(ParsedCable cable) {
        if (cable.info() == null || cable.info().isEmpty()) {
            return Set.of();
        }
        // One evaluation for all addressees: "|AMEMBASSY OTTAWA|IRAN COLLECTIVE|".
        String info = "|" + String.join("|", cable.info()).toUpperCase(Locale.ROOT) + "|";
        Set<String> desks = new TreeSet<>();
        for (Map<String, Object> row : decisions.evaluateDecisionTableByKey(DECISION_ID, Map.of("info", info))
                .getResultList()) {
            Object desk = row.get("deskGroup");
            if (desk != null) {
                desks.add(desk.toString());
            }
        }
        return desks;
    }
}
