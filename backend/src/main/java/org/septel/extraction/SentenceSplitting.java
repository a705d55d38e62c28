package org.septel.extraction;

import java.util.List;

/**
 * Where the sentences of a stretch of cable text start and end. The extractor uses its own rules (see
 * {@link FollowUpExtractor#sentenceSplitting()}); another splitter can be plugged in to compare against them.
 * Clauses (";", ", but", ", and") are cut inside the sentences by the extractor either way.
 */
@FunctionalInterface
public interface SentenceSplitting {

    /** The sentences of {@code text[from,to)} as {start, end} offsets into {@code text}, in text order. */
    List<int[]> sentences(String text, int from, int to);
}
