package org.septel.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's sentence detector with the English UD-EWT model of opennlp-models-sentdetect-en 1.3.0, as a
 * {@link SentenceSplitting} to compare with the extractor's rules (ADR 0010). Thread-safe.
 */
final class OpenNlpSentences implements SentenceSplitting {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME detector;

    OpenNlpSentences() {
        try (InputStream in = model(SENTENCE_MODEL)) {
            detector = new ThreadSafeSentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<int[]> sentences(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        for (Span span : detector.sentPosDetect(text.substring(from, to))) {
            sentences.add(new int[] {from + span.getStart(), from + span.getEnd()});
        }
        return sentences;
    }

    /** OpenNLP's English tokenizer, for what a token stage would cost (the extractor has none). */
    static ThreadSafeTokenizerME tokenizer() {
        try (InputStream in = model(TOKEN_MODEL)) {
            return new ThreadSafeTokenizerME(new TokenizerModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream model(String resource) {
        InputStream in = OpenNlpSentences.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the test classpath");
        }
        return in;
    }
}
