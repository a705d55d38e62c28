package org.septel.commitment;

/** Where a candidate stands in review: proposed by the extractor, then confirmed or rejected by a person. */
public enum ReviewState {
    PROPOSED,
    CONFIRMED,
    REJECTED
}
