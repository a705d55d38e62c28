package org.septel.extraction.internal;

/** A clause of a sentence; offsets into the cable text, end exclusive. */
record Clause(int start, int end, int sentenceStart) {
}
