package org.septel.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The INFO sharing table, rule by rule: every desk an INFO addressee names, and none for the rest. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "dmn/ShareWithInfoDesks.dmn")
class ShareWithInfoDesksDecisionTest {

    ProcessEngine processEngine;

    @ParameterizedTest(name = "INFO {0} is read by [{1}]")
    @CsvSource(delimiter = ';', value = {
            "|ALL CANADIAN POSTS COLLECTIVE|; desk:WHA-CAN",
            "|AMEMBASSY OTTAWA|AMEMBASSY ABU DHABI|; desk:WHA-CAN",
            "|IRAN COLLECTIVE|GULF COOPERATION COUNCIL COLLECTIVE|; desk:NEA-IR",
            "|AMEMBASSY OTTAWA|IRAN COLLECTIVE|; desk:NEA-IR desk:WHA-CAN",
            "|EUROPEAN POLITICAL COLLECTIVE|; ''",
            "||; ''"})
    void each_desk_named_by_an_info_addressee_reads_the_cable(String info, String desks) {
        List<Map<String, Object>> rows = processEngine.getDecisionService()
                .evaluateDecisionTableByKey(InfoDeskSharing.DECISION_ID, Map.of("info", info)).getResultList();

        TreeSet<String> found = new TreeSet<>();
        rows.stream().map(row -> row.get("deskGroup")).filter(Objects::nonNull).forEach(d -> found.add(d.toString()));
        assertThat(String.join(" ", found)).isEqualTo(desks);
    }
}
