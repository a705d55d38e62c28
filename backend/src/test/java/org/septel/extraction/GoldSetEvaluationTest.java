package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.septel.cable.ParsedCable;

/** Scores the extractor against the hand-labelled gold set; the floor is F1 0.75 overall. */
class GoldSetEvaluationTest {

    private final FollowUpExtractor extractor = new FollowUpExtractor();

    @Test
    void extractorMeetsTheGoldSetFloor() throws IOException {
        List<String> ids = TestCables.goldIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(41);
        Scorecard scorecard = new Scorecard();
        for (String id : ids) {
            ParsedCable cable = TestCables.parse(id);
            scorecard.add(id, GoldSet.load(id, cable), extractor.extract(cable));
        }
        scorecard.finish();
        String report = "Gold-set evaluation over " + ids.size() + " cables\n" + scorecard.report();
        System.out.println(report);
        Path out = Path.of("target", "gold-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n" + scorecard.details(), StandardCharsets.UTF_8);

        assertThat(scorecard.f1()).as("overall F1").isGreaterThanOrEqualTo(0.75);
    }
}
