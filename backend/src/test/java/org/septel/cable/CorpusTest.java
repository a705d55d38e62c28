package org.septel.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus cable parses; its id matches the file name (the corpus names files by id) unless noted. */
class CorpusTest {

    /** Files whose id cannot be read from their text, with the id the text does give. */
    private static final Map<String, String> ID_EXCEPTIONS = Map.of(
            // source defects: the header of one cable carries the body of another
            "88BAGHDAD28", "88STATE68250",
            "09HAVANA132", "09MOSCOW512",
            // partial extracts without any date: year guessed from the declassification date (wrongly here) ...
            "04OTTAWA3115", "99OTTAWA3115",
            "05PARIS479", "04PARIS479",
            // ... or unknown, so no id
            "05MADRID572", "",
            "05RIODEJANEIRO1238", "");

    static java.util.List<String> cableIds() {
        return Corpus.cableIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cableIds")
    void parsesWithTheIdItIsFiledUnder(String fileId) {
        ParsedCable cable = Corpus.parse(fileId);
        String expected = ID_EXCEPTIONS.getOrDefault(fileId, fileId);
        assertThat(cable.id()).isEqualTo(expected.isEmpty() ? null : expected);
        if (ID_EXCEPTIONS.containsKey(fileId)) {
            assertThat(cable.warnings()).as("a cable whose id is doubtful says so").isNotEmpty();
        }
        assertThat(cable.classification()).isIn("UNCLASSIFIED", "CONFIDENTIAL", "SECRET");
    }
}
