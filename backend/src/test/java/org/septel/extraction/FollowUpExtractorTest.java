package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Behaviour of the public API on small hand-made cables. */
class FollowUpExtractorTest {

    private final FollowUpExtractor extractor = new FollowUpExtractor();

    @Test
    void hedgedAndRefusedStatementsAreNotCommitments() {
        List<Candidate> found = extractor.extract(Cables.of("08OTTAWA1", "Embassy Ottawa", "2008-09-19T17:55:00Z",
                "Minister Jean Dupont would probably recommend new authorities, but held out little hope that "
                        + "legislation could pass.",
                "Minister Jean Dupont declined to provide the list."));
        assertThat(found).isEmpty();
    }

    @Test
    void reportedPastActsAreNotFollowUpsUnlessStillOpen() {
        List<Candidate> found = extractor.extract(Cables.of("08OTTAWA2", "Embassy Ottawa", "2008-09-19T17:55:00Z",
                "In October 2005 the ministry agreed to chair the working group.",
                "The family had finally agreed to take custody of him.",
                "The GOL had yet to receive the deposit promised by the Saudis."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.paragraph()).isEqualTo(3);
            assertThat(c.kind()).isEqualTo(Kind.PROMISE);
            assertThat(c.actor()).isEqualTo("Saudis");
            assertThat(c.statusInText()).isEqualTo("pending");
        });
    }

    @Test
    void taskingOfAPostIsOwedByUsWithItsDeadline() {
        List<Candidate> found = extractor.extract(Cables.of("08STATE1", "Secretary of State", "2008-04-10T22:10:00Z",
                "This is an action request. Embassy Berlin please see paragraph 2.",
                "Request Embassy Berlin approach appropriate officials and report response by April 17, 2008."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.TASKING);
            assertThat(c.actor()).isEqualTo("Embassy Berlin");
            assertThat(c.direction()).isEqualTo(Direction.OWED_BY_US);
            assertThat(c.dueText()).isEqualTo("by April 17, 2008");
            assertThat(c.due().dueDate()).hasToString("2008-04-17");
        });
    }

    @Test
    void talkingPointsAreScriptsNotFollowUps() {
        List<Candidate> found = extractor.extract(Cables.of("10STATE2", "Secretary of State", "2010-01-04T18:20:00Z",
                "Begin talking points:\n-- We urge you to investigate this activity.\nEnd talking points."));
        assertThat(found).isEmpty();
    }

    @Test
    void aRequestOfOursIsOwedToUs() {
        List<Candidate> found = extractor.extract(Cables.of("10RIYADH1", "Embassy Riyadh", "2010-01-26T17:14:00Z",
                "A/S Jeffrey Feltman urged Saudi Arabia to associate itself with the Copenhagen Accord by January 31."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.REQUEST);
            assertThat(c.actor()).isEqualTo("Saudi Arabia");
            assertThat(c.direction()).isEqualTo(Direction.OWED_TO_US);
            assertThat(c.toWhom()).isEqualTo("Jeffrey Feltman");
            assertThat(c.due().dueDate()).hasToString("2010-01-31");
        });
    }

    @Test
    void aCableWithoutDateStillGivesTheTimeWords() {
        List<Candidate> found = extractor.extract(Cables.of("04SANAA1", null, null,
                "President Ali Abdullah Saleh promised to provide the inventory within two weeks."));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.dueText()).isEqualTo("within two weeks");
            assertThat(c.due().dueDate()).isNull();
        });
    }

    @Test
    void jsonMapUsesTheSnakeCaseContract() throws Exception {
        Candidate c = extractor.extract(TestCables.parse("08OTTAWA1245")).get(0);
        Map<String, Object> json = c.toJsonMap();
        assertThat(json).containsOnlyKeys("paragraph", "kind", "actor", "actor_org", "to_whom", "direction",
                "action", "due_text", "due", "evidence", "confidence", "cue", "status_in_text");
        String serialised = new ObjectMapper().writeValueAsString(json);
        JsonNode node = new ObjectMapper().readTree(serialised);
        assertThat(node.get("due").fieldNames()).toIterable()
                .containsExactly("earliest", "latest", "anchor", "vague", "due_date", "follow_up_date");
        assertThat(node.get("evidence").fieldNames()).toIterable().containsExactly("start", "end", "text");
        assertThat(node.get("kind").asText()).isEqualTo("promise");
        assertThat(node.get("due").get("latest").asText()).isEqualTo("2009-03-19");
    }

    @Test
    void confidenceIsWithinZeroAndOne() {
        for (String id : TestCables.goldIds()) {
            for (Candidate c : extractor.extract(TestCables.parse(id))) {
                assertThat(c.confidence()).isBetween(0.0, 1.0);
                assertThat(c.cue()).isNotBlank();
                assertThat(c.action()).isNotBlank();
            }
        }
    }
}
