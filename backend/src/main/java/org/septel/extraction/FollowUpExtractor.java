package org.septel.extraction;

import java.util.List;

import org.septel.cable.ParsedCable;
import org.septel.extraction.internal.ExtractionEngine;

/**
 * Finds the promises, requests, taskings and planned deliverables of a parsed cable, each with who owes what to
 * whom and when, the clause that says so, and a confidence for sorting. Deterministic, thread-safe, and cheap to
 * share: build one and call it from any number of threads.
 */
public final class FollowUpExtractor {

    private final ExtractionEngine engine;

    /** With the bundled policy (cues, follow-up business days, US federal holidays). */
    public FollowUpExtractor() {
        this(ExtractionPolicy.defaults());
    }

    public FollowUpExtractor(ExtractionPolicy policy) {
        this.engine = new ExtractionEngine(policy);
    }

    /**
     * With another sentence splitter in place of the extractor's rules, to compare the two (see ADR 0010); it
     * must be thread-safe if this extractor is shared.
     */
    public FollowUpExtractor(ExtractionPolicy policy, SentenceSplitting sentences) {
        if (sentences == null) {
            throw new IllegalArgumentException("sentence splitting is required");
        }
        this.engine = new ExtractionEngine(policy, sentences);
    }

    /** The sentence splitting in use: the extractor's rules unless another was given. */
    public SentenceSplitting sentenceSplitting() {
        return engine.sentenceSplitting();
    }

    /** The follow-ups in text order; empty when the cable has none. */
    public List<Candidate> extract(ParsedCable cable) {
        if (cable == null) {
            throw new IllegalArgumentException("cable is required");
        }
        return engine.extract(cable);
    }
}
