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

    @Test
    void confidence_sorts_candidates_by_how_often_they_are_right() {
        List<Scorecard.Band> bands = Scorecard.of(extractor).reliability().stream()
                .filter(band -> band.candidates() >= 5) // too few to say anything
                .toList();
        assertThat(bands).as("bands with enough candidates").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).precision())
                    .as("precision of confidence band %s is not below the band under it, %s", bands.get(i),
                            bands.get(i - 1))
                    .isGreaterThanOrEqualTo(bands.get(i - 1).precision());
        }
        assertThat(bands.get(bands.size() - 1).precision()).as("top band").isGreaterThanOrEqualTo(0.85);
    }
}
