package org.septel.workflow;

import org.camunda.bpm.engine.DecisionService;
import org.septel.cable.ParsedCable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks the AssignDesk decision table (dmn/AssignDesk.dmn, editable without code) which desk reviews a cable. */
@Component
public class CableRouting {

    public static final String DECISION_ID = "AssignDesk";

    private final DecisionService decisions;

    CableRouting(DecisionService decisions) {
        this.decisions = decisions;
    }

    public String deskGroupFor(ParsedCable cable) {
        return decisions.evaluateDecisionTableByKey(DECISION_ID, inputs(cable)).getSingleResult().getSingleEntry();
    }

    /** The table's inputs for a cable: its origin and its padded TAGS. */
    Map<String, Object> inputs(ParsedCable cable) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("origin", cable.origin() == null ? "" : cable.origin());
        variables.put("tags", paddedTags(String.join(" ", cable.tags() == null ? List.of() : cable.tags())));
        return variables;
    }

    /** " PREL CA " : padding lets a rule match a whole tag with {@code contains(?, " CA ")}. */
    public static String paddedTags(String tags) {
        return " " + (tags == null ? "" : tags.strip()) + " ";
    }
}
