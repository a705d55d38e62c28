package org.septel.reporting;

import java.util.List;
import java.util.Map;

/**
 * The overdue board's counts over the open tracked follow-ups a reader may see. Each list is sorted most overdue
 * first. A null key means "none" (an unrouted cable, no organisation, no TAGS).
 *
 * @param dueSoon due from today to Sunday (the "due this week" quick filter)
 * @param byAge   overdue follow-ups per age bucket, every bucket present
 */
public record BoardTallies(long open, long overdue, long dueSoon, List<Tally> byDesk, List<Tally> byOwner,
        List<Tally> byCounterpartOrg, List<Tally> byTag, Map<AgeBucket, Long> byAge) {
}
