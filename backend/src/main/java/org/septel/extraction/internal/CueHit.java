package org.septel.extraction.internal;

/** A cue found in a clause; offsets into the cable text. */
record CueHit(Cue cue, int start, int end) {
}
