package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

/**
 * The extractor's sentence rules against Apache OpenNLP's statistical sentence detector (ADR 0010): the gold-set
 * score of the whole extractor with each, the boundaries each gets right in cable prose, and where they disagree
 * over the corpus. The rules stay the production splitter only while they score at least as well.
 */
class SentenceSplittingComparisonTest {

    private static final SentenceSplitting OPEN_NLP = new OpenNlpSentences();
    private static final SentenceSplitting RULES = new FollowUpExtractor().sentenceSplitting();

    /** Cable prose with each sentence end marked "|"; the marks are removed before splitting. */
    private static final List<String> CASES = List.of(
            "The U.S. delegation will provide a paper before the meeting.| Caza agreed to study it.|",
            "Amb. Wilkins met FM Emerson on May 5.| He promised to report back soonest.|",
            "As noted in para 3 above, the GOC will decide by Jan. 15.| Post will follow up.|",
            "On Jan. 5, 2009, the Minister told A/S Burns that Ottawa would act.| Burns welcomed this.|",
            "Dr. Kim and Mr. Lee of the MFA asked that the U.S. share its thinking.| Emboffs agreed.|",
            "EMBASSY REQUESTS DEPARTMENT GUIDANCE BY C.O.B. FRIDAY.| POST WILL THEN APPROACH THE MFA.|",
            "THE MINISTER (PROTECT) SAID HE WOULD RAISE IT WITH PM HARPER.| HE GAVE NO DATE.|",
            "Lincoln P. Bloomfield will visit in the first few months of 2009.| Post will host.|",
            "The report (ref B.) was sent on 12 Oct. 2008.| A reply is due in Nov.|",
            "Post should deliver the points below.|\n-- Urge the GOI to sign the accord.|\n"
                    + "-- Ask for a reply by March 1.|",
            "SUMMARY: The GOI asked for U.S. support on the draft.| Action request in para 7.|",
            "Caza said the strategy would go to Cabinet \"in the first few months of 2009.\"| "
                    + "He would brief emboffs near the end of 2008.|",
            "He cited U.N. Security Council Resolution 1737 (2006).| Iran had not complied.|",
            "Deputy FM Al-Khalifa (protect) pledged support.| The U.K. and U.S. Embassies concurred.|");

    @Test
    void gold_set_score_with_each_splitter_and_the_rules_stay_ahead() throws IOException {
        Scorecard rules = Scorecard.of(new FollowUpExtractor());
        Scorecard openNlp = Scorecard.of(new FollowUpExtractor(ExtractionPolicy.defaults(), OPEN_NLP));
        String report = "Extractor on the gold set with its own sentence rules\n" + rules.report()
                + "\nExtractor on the gold set with OpenNLP " + OpenNlpSentences.SENTENCE_MODEL.substring(1)
                + " sentences\n" + openNlp.report();
        System.out.println(report);
        write("sentence-splitting-gold.txt", report);

        assertThat(rules.f1()).as("F1 with the rules vs with OpenNLP").isGreaterThanOrEqualTo(openNlp.f1());
        assertThat(rules.dueTextAccuracy()).isGreaterThanOrEqualTo(openNlp.dueTextAccuracy());
    }

    @Test
    void cable_prose_boundaries_each_splitter_gets_right() throws IOException {
        int rulesRight = 0;
        int openNlpRight = 0;
        StringBuilder report = new StringBuilder("Sentence ends in cable prose (expected | rules | OpenNLP)\n");
        for (String marked : CASES) {
            String text = marked.replace("|", "");
            Set<Integer> expected = expectedEnds(marked);
            Set<Integer> byRules = ends(RULES.sentences(text, 0, text.length()), text);
            Set<Integer> byOpenNlp = ends(OPEN_NLP.sentences(text, 0, text.length()), text);
            rulesRight += byRules.equals(expected) ? 1 : 0;
            openNlpRight += byOpenNlp.equals(expected) ? 1 : 0;
            report.append(String.format(Locale.ROOT, "%s %s  %s%n", byRules.equals(expected) ? "ok " : "BAD",
                    byOpenNlp.equals(expected) ? "ok " : "BAD", show(text, byOpenNlp)));
        }
        report.append(String.format(Locale.ROOT, "right: rules %d of %d, OpenNLP %d of %d%n", rulesRight,
                CASES.size(), openNlpRight, CASES.size()));
        System.out.println(report);
        write("sentence-splitting-cases.txt", report.toString());

        assertThat(rulesRight).as("cases the rules split right").isEqualTo(CASES.size());
        assertThat(openNlpRight).as("cases OpenNLP splits right").isLessThanOrEqualTo(rulesRight);
    }

    @Test
    void boundaries_over_the_corpus_where_the_splitters_disagree() throws IOException {
        int both = 0;
        List<String> onlyRules = new ArrayList<>();
        List<String> onlyOpenNlp = new ArrayList<>();
        int sentencesByRules = 0;
        int sentencesByOpenNlp = 0;
        for (String id : TestCables.corpusIds()) {
            ParsedCable cable = TestCables.parse(id);
            String text = cable.text();
            for (Paragraph p : cable.paragraphs()) {
                List<int[]> r = RULES.sentences(text, p.start(), p.end());
                List<int[]> o = OPEN_NLP.sentences(text, p.start(), p.end());
                sentencesByRules += r.size();
                sentencesByOpenNlp += o.size();
                Set<Integer> byRules = ends(r, text);
                Set<Integer> byOpenNlp = ends(o, text);
                for (int end : byRules) {
                    if (byOpenNlp.contains(end)) {
                        both++;
                    } else {
                        onlyRules.add(id + ": " + around(text, end));
                    }
                }
                for (int end : byOpenNlp) {
                    if (!byRules.contains(end)) {
                        onlyOpenNlp.add(id + ": " + around(text, end));
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Corpus paragraphs: rules %d sentences, OpenNLP %d; ends agreed %d, only rules %d, only OpenNLP %d%n",
                sentencesByRules, sentencesByOpenNlp, both, onlyRules.size(), onlyOpenNlp.size()));
        report.append("-- ends only the rules make (first 40):\n");
        onlyRules.stream().limit(40).forEach(line -> report.append(line).append('\n'));
        report.append("-- ends only OpenNLP makes (first 40):\n");
        onlyOpenNlp.stream().limit(40).forEach(line -> report.append(line).append('\n'));
        System.out.println(report.substring(0, report.indexOf("\n") + 1));
        write("sentence-splitting-disagreements.txt", report.toString());

        assertThat(both).as("boundaries both splitters find").isPositive();
    }

    /** Sentence ends with trailing white space dropped, so "end." and "end.  " count as one. */
    private static Set<Integer> ends(List<int[]> sentences, String text) {
        Set<Integer> ends = new TreeSet<>();
        for (int[] s : sentences) {
            int e = s[1];
            while (e > s[0] && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s[0]) {
                ends.add(e);
            }
        }
        return ends;
    }

    private static Set<Integer> expectedEnds(String marked) {
        Set<Integer> ends = new TreeSet<>();
        int removed = 0;
        for (int i = 0; i < marked.length(); i++) {
            if (marked.charAt(i) == '|') {
                ends.add(i - removed);
                removed++;
            }
        }
        return ends;
    }

    private static String show(String text, Set<Integer> ends) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(text.charAt(i) == '\n' ? ' ' : text.charAt(i));
            if (ends.contains(i + 1)) {
                out.append('|');
            }
        }
        return out.toString();
    }

    private static String around(String text, int end) {
        String s = text.substring(Math.max(0, end - 40), end) + "|" + text.substring(end, Math.min(text.length(), end + 30));
        return s.replaceAll("\\s+", " ");
    }

    private static void write(String name, String content) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, content, StandardCharsets.UTF_8);
    }
}
