package org.septel.cable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** One example per input layout and per quirk the corpus shows. */
class FormatExamplesTest {

    private final CableParser parser = new CableParser(ParserLimits.defaults());

    @Test
    void seedCableWithMarkdownResidue() {
        ParsedCable c = Corpus.parse("08OTTAWA1245");
        assertThat(c.id()).isEqualTo("08OTTAWA1245");
        assertThat(c.tags()).containsExactly("PREL", "EFIN", "KNNP", "PARM", "PINR", "IR", "XS", "CH", "CA");
        assertThat(c.references()).containsExactly("08STATE99000", "08STATE97505");
        assertThat(c.paragraphs()).extracting(Paragraph::marking)
                .containsExactly("S/REL CAN", "S/REL CAN", "C/REL CAN", "S/REL CAN", "S/REL CAN", "U");
        Paragraph first = c.paragraphs().get(0);
        assertThat(c.text().substring(first.start(), first.end())).startsWith("[¶](#)1. (S/Rel CAN) Summary:")
                .endsWith("End summary.");
        assertThat(first.text()).startsWith("Summary: Canadian officials").contains("\nthe Iranians.");
        assertThat(c.text()).isEqualTo(new String(Corpus.cable("08OTTAWA1245"), StandardCharsets.UTF_8));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void latin1FileWithCrLfKeepsItsLineEndsInText() {
        ParsedCable c = Corpus.parse("06NEWDELHI5135");
        assertThat(c.text()).contains("\r\n").contains("¶1.");
        assertThat(c.warnings()).anyMatch(w -> w.contains("ISO-8859-1"));
        Paragraph first = c.paragraphs().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.text()).startsWith("Summary: The National Security Advisory Board").contains("\r\n");
        assertThat(c.subject()).isEqualTo("INDIA'S NATIONAL SECURITY ADVISORY BOARD: ADVISING THE ADVISORS");
    }

    @Test
    void tabSeparatedRowWithBackslashContinuationsAndAnAppendedCable() {
        ParsedCable c = Corpus.parse("07BERN881");
        assertThat(c.id()).isEqualTo("07BERN881");
        assertThat(c.classification()).isEqualTo("SECRET");
        assertThat(c.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4);
        assertThat(c.signer()).isEqualTo("CARTER");
        assertThat(c.warnings()).anyMatch(w -> w.contains("07TBILISI2290"));
        assertThat(c.paragraphs().get(3).text()).doesNotContain("TBILISI");
    }

    @Test
    void fritzPrintTakesTheCableOwnTagsOverTheFormsSummary() {
        ParsedCable c = Corpus.parse("03ABUDHABI2641");
        assertThat(c.id()).isEqualTo("03ABUDHABI2641");
        assertThat(c.origin()).isEqualTo("Embassy Abu Dhabi");
        assertThat(c.tags()).containsExactly("PREL", "EPET", "EAID", "PGOV", "JO", "MO", "SA", "KU", "TC");
        assertThat(c.to()).containsExactly("SECSTATE WASHDC");
    }

    @Test
    void oldTelegramPrintWithRoutingSlipAndPageHeads() {
        ParsedCable c = Corpus.parse("00HARARE6677");
        assertThat(c.dtg()).isEqualTo(Instant.parse("2000-11-29T13:59:00Z"));
        assertThat(c.precedence()).isNull();
        assertThat(c.subject()).isEqualTo("ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER");
        assertThat(c.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(c.info()).containsExactly("NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY",
                "AMEMBASSY NAIROBI");

        ParsedCable capeTown = Corpus.parse("90CAPETOWN97");
        assertThat(capeTown.subject()).isEqualTo("ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS");
        assertThat(capeTown.paragraphs()).hasSize(17);
        assertThat(capeTown.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotEndWith("CONFIDENTIAL"));
        assertThat(capeTown.signer()).isEqualTo("BAQUET");
    }

    @Test
    void pageBreakLinesAreNotParagraphText() {
        ParsedCable c = Corpus.parse("09UNVIEVIENNA285");
        assertThat(c.paragraphs()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.text().strip()).doesNotEndWith("OF 036"));
    }

    @Test
    void lowerCasedAndLetterSpacedClassificationLines() {
        ParsedCable lower = Corpus.parse("09STATE4134");
        assertThat(lower.classification()).isEqualTo("SECRET");
        assertThat(lower.id()).isEqualTo("09STATE4134");
        assertThat(lower.tags()).startsWith("MTCR", "PARM");
        assertThat(lower.subject()).isEqualTo("spanish metal merchant supplies syrian entities of proliferation concern");

        assertThat(Corpus.parse("08OTTAWA1258").classification()).isEqualTo("CONFIDENTIAL");
        assertThat(Corpus.parse("07BOGOTA1339").classification()).isEqualTo("UNCLASSIFIED");
    }

    @Test
    void damagedClassificationLineIsRepairedWithAWarning() {
        String seed = new String(Corpus.cable("08OTTAWA1245"), StandardCharsets.UTF_8);
        String damaged = seed.replace("S E C R E T OTTAWA 001245", "E C R E T OTTAWA 001245");
        ParsedCable c = parsed(parser.parse("damaged", damaged.getBytes(StandardCharsets.UTF_8)));
        assertThat(c.classification()).isEqualTo("SECRET");
        assertThat(c.id()).isEqualTo("08OTTAWA1245");
        assertThat(c.warnings()).contains("classification line is damaged: read 'E C R E T' as SECRET");
    }

    @Test
    void eoAndTagsOnTheClassificationLine() {
        ParsedCable c = Corpus.parse("10STATE284");
        assertThat(c.caveats()).containsExactly("SIPDIS");
        assertThat(c.tags()).containsExactly("MASS", "MARR", "MCAP", "MOPS", "PARM", "PGOV");
        assertThat(c.paragraphs()).extracting(Paragraph::marking)
                .containsExactly("U", "C", "C", "C", "C/REL LIBYA", null);
        assertThat(c.signer()).isEqualTo("CLINTON");
    }

    @Test
    void partialExtractIsFlagged() {
        ParsedCable c = Corpus.parse("04SANAA2346");
        assertThat(c.origin()).isNull();
        assertThat(c.dtg()).isNull();
        assertThat(c.warnings()).contains("no routing header (no FM line): partial extract")
                .anyMatch(w -> w.contains("guessed"));
    }

    @Test
    void strayPilcrowsAndQuotedTextAreNotParagraphs() {
        ParsedCable ottawa = Corpus.parse("08OTTAWA1258");
        assertThat(ottawa.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ottawa.paragraphs().get(3).text()).contains("¶2005.");

        ParsedCable resolution = Corpus.parse("09USUNNEWYORK102");
        assertThat(resolution.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(resolution.paragraphs().get(4).text()).contains("Decides to remain actively seized");
    }

    @Test
    void sourceDefectsAreReportedNotHidden() {
        ParsedCable baghdad = Corpus.parse("88BAGHDAD28");
        assertThat(baghdad.warnings()).anyMatch(w -> w.contains("AMEMBASSY BAGHDAD") && w.contains("STATE 68250"));
        ParsedCable havana = Corpus.parse("09HAVANA132");
        assertThat(havana.warnings()).anyMatch(w -> w.contains("USINT HAVANA") && w.contains("MOSCOW 512"));
    }

    @Test
    void wikiLeaksPageGivesTheSameCableAsItsText() {
        List<ParseResult> results = parser.parseFile("08OTTAWA1258.html", Corpus.bytes("/formats/08OTTAWA1258.html"));
        assertThat(results).hasSize(1);
        ParsedCable page = parsed(results.get(0));
        ParsedCable text = Corpus.parse("08OTTAWA1258");
        assertThat(results.get(0).source()).contains("08OTTAWA1258");
        assertThat(page.text()).isEqualTo(text.text());
        assertThat(page).usingRecursiveComparison().isEqualTo(text);
    }

    @Test
    void cablesCsvWithManyRowsGivesOneResultPerRowInOrder() {
        String[] ids = {"06NEWDELHI5238", "08OTTAWA1245", "72TEHRAN1164"};
        byte[] csv = cablesCsv(ids);
        List<ParseResult> results = parser.parseFile("cables.csv", csv);
        assertThat(results).hasSize(3);
        for (int i = 0; i < ids.length; i++) {
            ParsedCable fromCsv = parsed(results.get(i));
            ParsedCable fromText = Corpus.parse(ids[i]);
            assertThat(results.get(i).source()).contains("row " + (i + 1)).contains(ids[i]);
            assertThat(fromCsv.id()).isEqualTo(ids[i]);
            assertThat(fromCsv.subject()).isEqualTo(fromText.subject());
            assertThat(fromCsv.tags()).isEqualTo(fromText.tags());
            assertThat(fromCsv.references()).isEqualTo(fromText.references());
            assertThat(fromCsv.signer()).isEqualTo(fromText.signer());
            assertThat(fromCsv.paragraphs()).extracting(Paragraph::number, Paragraph::marking)
                    .isEqualTo(fromText.paragraphs().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.number(), p.marking())).toList());
        }
    }

    @Test
    void csvRowWithTheWrongNumberOfColumnsFailsAloneWithItsPlace() {
        String text = "\"1\",\"2008-09-19 17:55:00\",\"08X1\",\"Embassy X\",\"SECRET\"\r\n";
        byte[] bytes = concat(cablesCsv("08OTTAWA1245"), text.getBytes(StandardCharsets.ISO_8859_1));
        List<ParseResult> results = parser.parseFile("cables.csv", bytes);
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(ParseResult.Parsed.class);
        ParseResult.Failed failed = (ParseResult.Failed) results.get(1);
        assertThat(failed.error().message()).contains("5 columns");
        assertThat(failed.error().line()).isGreaterThan(1);
    }

    private static byte[] cablesCsv(String... ids) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            int row = 1;
            for (String id : ids) {
                String text = decode(Corpus.cable(id)).replace("\r\n", "\n");
                int split = text.indexOf("\n\n") > 0 && text.indexOf("\nFM ") > 0 ? headerEnd(text) : 0;
                printer.printRecord(row++, "2000-01-01 00:00:00", id, "Embassy", "SECRET", "",
                        text.substring(0, split), text.substring(split));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The header ends where the body's classification line starts, the cables.csv way. */
    private static int headerEnd(String text) {
        for (String marker : new String[] {"\nS E C R E T", "\nCONFIDENTIAL", "\nUNCLAS", "\nC O N F"}) {
            int at = text.indexOf(marker);
            if (at > 0) {
                return at + 1;
            }
        }
        return 0;
    }

    private static String decode(byte[] bytes) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.contains("\uFFFD") ? new String(bytes, StandardCharsets.ISO_8859_1) : utf8;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static ParsedCable parsed(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).cable();
    }
}
