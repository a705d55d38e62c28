package org.septel.cable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs at the 2 MB limit built to hit each scanner's weak spot (many lines, one huge line, unclosed tags, endless
 * BEGIN TEXT, repeated paragraph numbers) are answered, not hung: each must finish far inside a generous guard
 * (catastrophic backtracking on 2 MB takes hours, not seconds). How fast they are is printed by
 * {@code ParserBenchmark}, beside the corpus, not asserted here.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WorstCaseInputsTest {

    private static final int SIZE = ParserLimits.DEFAULT_MAX_BYTES - 64;
    private static final CableParser PARSER = new CableParser(ParserLimits.defaults());

    @BeforeAll
    static void warmUp() {
        for (String id : Corpus.cableIds()) {
            PARSER.parseFile(id, Corpus.cable(id));
        }
    }

    /** Also used by {@code ParserBenchmark}, which prints how long each takes. */
    static Stream<Arguments> worstCases() {
        String seed = new String(Corpus.cable("08OTTAWA1245"), StandardCharsets.UTF_8);
        return Stream.of(
                worst("BEGIN TEXT lines", size -> "BEGIN TEXT\n".repeat(size / 11)),
                worst("one line of brackets", size -> "(".repeat(size)),
                worst("unclosed tags in a page", size -> "<html><body><code><pre>" + "<a".repeat(size / 2 - 20)),
                worst("ampersands in a page", size -> "<html><pre>" + "&".repeat(size - 20)),
                worst("markdown residue", size -> "[¶](#)".repeat(size / 8)),
                worst("repeated paragraph 1", size -> "1. (C) x\n".repeat(size / 9)),
                worst("REF blocks", size -> "SUBJECT: X\nREF: A. STATE 1 B. STATE 2\n".repeat(size / 40)),
                worst("classification lines", size -> "S E C R E T OTTAWA 001245\n".repeat(size / 27)),
                worst("tabs", size -> "a\t".repeat(size / 2)),
                worst("short lines", size -> "a\n".repeat(size / 2)),
                worst("one huge paragraph", size -> seed.substring(0, 2000) + "\n¶1. (C) " + "word ".repeat(size / 5 - 500)));
    }

    private static Arguments worst(String name, IntFunction<String> input) {
        return Arguments.of(name, input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worstCases")
    void isAnsweredWithResultsNotAHang(String name, IntFunction<String> input) {
        byte[] bytes = input.apply(SIZE).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(ParserLimits.DEFAULT_MAX_BYTES);

        assertThat(PARSER.parseFile(name, bytes)).isNotEmpty();
        assertThat(PARSER.parse(name, bytes)).isNotNull();
    }

    /** A cables.csv file holds many cables, each row parsed on its own: 2 MB of minimal rows is ~30,000 results. */
    @Test
    void aCsvFileOfMinimalRowsGivesEveryRow() {
        String row = "\"1\",\"2008-09-19 17:55:00\",\"08OTTAWA1245\",\"E\",\"S\",\"\",\"h\",\"b\"\r\n";
        byte[] bytes = row.repeat(SIZE / row.length()).getBytes(StandardCharsets.UTF_8);

        assertThat(PARSER.parseFile("rows.csv", bytes)).hasSize(SIZE / row.length());
    }
}
