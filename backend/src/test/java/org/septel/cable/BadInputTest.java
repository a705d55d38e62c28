package org.septel.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Inputs that are no cable come back as Failed with a readable message and a place, never as an exception. */
class BadInputTest {

    private final CableParser parser = new CableParser(ParserLimits.defaults());

    @Test
    void emptyInput() {
        ParseError error = failure(parser.parse("empty.txt", new byte[0]));
        assertThat(error.message()).contains("empty");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(1);
        assertThat(parser.parseFile("empty.txt", new byte[0])).singleElement().isInstanceOf(ParseResult.Failed.class);
        assertThat(failure(parser.parse(null, null)).message()).contains("empty");
    }

    @Test
    void whiteSpaceOnly() {
        assertThat(failure(parser.parse("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8))).message())
                .contains("white space");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[100] = 0;
        for (ParseResult result : List.of(parser.parse("garbage.bin", garbage),
                parser.parseFile("garbage.bin", garbage).get(0))) {
            ParseError error = failure(result);
            assertThat(error.message()).contains("binary");
            assertThat(error.line()).isPositive();
            assertThat(error.column()).isPositive();
        }
    }

    @Test
    void inputOverTheSizeLimit() {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'A');
        ParseError error = failure(parser.parse("big.txt", big));
        assertThat(error.message()).contains("3,145,728 bytes").contains("2,097,152");
        assertThat(failure(parser.parseFile("big.txt", big).get(0)).message()).contains("limit");
        assertThat(failure(new CableParser(new ParserLimits(1000)).parse("seed", Corpus.cable("08OTTAWA1245")))
                .message()).contains("limit of 1,000 bytes");
    }

    @Test
    void truncatedRoutingHeaderPointsAtWhereItStops() {
        String header = "VZCZCXRO8662\nPP RUEHGA RUEHHA RUEHMT RUEHQU RUEHVC\nDE RUEHOT #1258/01 2661859\n"
                + "ZNY CCCCC ZZH\nP 221859Z SEP 08\nFM AMEMBASSY OTTAWA\nTO RUEHC/SECSTATE WASHDC PRIORITY 8532";
        ParseError error = failure(parser.parse("cut.txt", header.getBytes(StandardCharsets.UTF_8)));
        assertThat(error.message()).contains("cut off");
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.column()).isEqualTo("TO RUEHC/SECSTATE WASHDC PRIORITY 8532".length() + 1);
    }

    @Test
    void proseThatIsNoCable() {
        ParseError error = failure(parser.parse("letter.txt",
                "Dear colleague,\nplease find the minutes attached.\nRegards\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(error.message()).contains("no cable found");
        assertThat(error.line()).isEqualTo(1);
    }

    @Test
    void htmlPageWithoutCableText() {
        byte[] page = "<html><body><p>Cable Viewer</p><pre></pre></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(failure(parser.parseFile("page.html", page).get(0)).message()).contains("<pre>");
    }

    @Test
    void brokenCsvQuotingFailsWithALine() {
        String csv = "\"1\",\"2008-09-19 17:55:00\",\"08OTTAWA1245\",\"Embassy Ottawa\",\"SECRET\",\"\",\"FM X\",\"S E C R E T"
                + " OTTAWA 001245\"x\"\r\n";
        List<ParseResult> results = parser.parseFile("bad.csv", csv.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(results).singleElement().isInstanceOf(ParseResult.Failed.class);
        assertThat(failure(results.get(0)).line()).isPositive();
    }

    private static ParseError failure(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Failed.class);
        return ((ParseResult.Failed) result).error();
    }
}
