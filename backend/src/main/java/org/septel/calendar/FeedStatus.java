package org.septel.calendar;

import java.time.Instant;

/** Whether a person has a feed, since when, and whether it may carry text above UNCLASSIFIED. */
public record FeedStatus(boolean active, boolean insideNetwork, Instant since) {
}
