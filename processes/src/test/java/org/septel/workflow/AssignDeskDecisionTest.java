package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk routing table, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "dmn/AssignDesk.dmn")
class AssignDeskDecisionTest {

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} with TAGS [{1}] goes to {2}")
    @CsvSource({
            "Embassy Ottawa, PREL EFIN KNNP IR CA, desk:WHA-CAN",
            "Secretary of State, PREL KNNP CA, desk:WHA-CAN",
            "Embassy Paris, PREL IR FR, desk:NEA-IR",
            "Embassy Paris, PREL FR, desk-officers",
            "'', '', desk-officers",
            "Embassy Caracas, PREL VE, desk-officers"})
    void a_cable_is_routed_by_origin_first_then_by_tags(String origin, String tags, String desk) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("origin", origin);
        variables.put("tags", CableRouting.paddedTags(tags));

        String routed = processEngine.getDecisionService().evaluateDecisionTableByKey("AssignDesk", variables)
                .getSingleResult().getSingleEntry();

        assertThat(routed).isEqualTo(desk);
    }
}
