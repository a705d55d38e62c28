package org.septel.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;

import org.septel.cable.Paragraph;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;

/**
 * Speed of the extractor's sentence rules beside OpenNLP's sentence detector over the paragraphs of the test
 * corpus, of parse + extract with each, and what OpenNLP's tokenizer would add (ADR 0010). One thread, CPU time,
 * the two interleaved round by round so a busy machine slows both alike. Not part of the test run:
 * {@code mvn -B -ntp -q -pl backend exec:java -Dbench.main=org.septel.extraction.SentenceSplittingBenchmark}.
 */
public final class SentenceSplittingBenchmark {

    private SentenceSplittingBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> ids = TestCables.corpusIds();
        List<byte[]> inputs = new ArrayList<>();
        List<ParsedCable> cables = new ArrayList<>();
        for (String id : ids) {
            inputs.add(TestCables.bytes(id));
            cables.add(TestCables.parse(id));
        }
        FollowUpExtractor rules = new FollowUpExtractor();
        FollowUpExtractor openNlp = new FollowUpExtractor(ExtractionPolicy.defaults(), new OpenNlpSentences());
        ThreadSafeTokenizerME tokenizer = OpenNlpSentences.tokenizer();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[5];
        long[] counts = new long[5];
        for (int round = -5; round < rounds; round++) {
            boolean timed = round >= 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            long sentencesByRules = sentences(cables, rules.sentenceSplitting());
            long t1 = cpu.getCurrentThreadCpuTime();
            long sentencesByOpenNlp = sentences(cables, openNlp.sentenceSplitting());
            long t2 = cpu.getCurrentThreadCpuTime();
            long withRules = parseAndExtract(ids, inputs, rules);
            long t3 = cpu.getCurrentThreadCpuTime();
            long withOpenNlp = parseAndExtract(ids, inputs, openNlp);
            long t4 = cpu.getCurrentThreadCpuTime();
            long tokens = tokens(cables, tokenizer);
            long t5 = cpu.getCurrentThreadCpuTime();
            if (timed) {
                long[] spans = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
                long[] found = {sentencesByRules, sentencesByOpenNlp, withRules, withOpenNlp, tokens};
                for (int i = 0; i < spans.length; i++) {
                    nanos[i] += spans[i];
                    counts[i] += found[i];
                }
            }
        }
        double cablesTimed = (double) cables.size() * rounds;
        System.out.printf(Locale.ROOT, "%d cables, %d timed rounds, one thread, CPU time%n", cables.size(), rounds);
        System.out.printf(Locale.ROOT, "sentences, rules:           %,12.0f sentences/s (%,d per pass)%n",
                counts[0] / (nanos[0] / 1e9), counts[0] / rounds);
        System.out.printf(Locale.ROOT, "sentences, OpenNLP:         %,12.0f sentences/s (%,d per pass)%n",
                counts[1] / (nanos[1] / 1e9), counts[1] / rounds);
        System.out.printf(Locale.ROOT, "parse + extract, rules:     %,12.0f cables/s (%d candidates per pass)%n",
                cablesTimed / (nanos[2] / 1e9), counts[2] / rounds);
        System.out.printf(Locale.ROOT, "parse + extract, OpenNLP:   %,12.0f cables/s (%d candidates per pass)%n",
                cablesTimed / (nanos[3] / 1e9), counts[3] / rounds);
        System.out.printf(Locale.ROOT, "OpenNLP tokenizer alone:    %,12.0f cables/s (%,d tokens per pass)%n",
                cablesTimed / (nanos[4] / 1e9), counts[4] / rounds);
    }

    private static long sentences(List<ParsedCable> cables, SentenceSplitting splitting) {
        long n = 0;
        for (ParsedCable cable : cables) {
            for (Paragraph p : cable.paragraphs()) {
                n += splitting.sentences(cable.text(), p.start(), p.end()).size();
            }
        }
        return n;
    }

    private static long parseAndExtract(List<String> ids, List<byte[]> inputs, FollowUpExtractor extractor) {
        long n = 0;
        for (int i = 0; i < inputs.size(); i++) {
            if (TestCables.PARSER.parse(ids.get(i) + ".txt", inputs.get(i)) instanceof ParseResult.Parsed parsed) {
                n += extractor.extract(parsed.cable()).size();
            }
        }
        return n;
    }

    private static long tokens(List<ParsedCable> cables, ThreadSafeTokenizerME tokenizer) {
        long n = 0;
        for (ParsedCable cable : cables) {
            for (Paragraph p : cable.paragraphs()) {
                n += tokenizer.tokenizePos(cable.text().substring(p.start(), p.end())).length;
            }
        }
        return n;
    }
}
