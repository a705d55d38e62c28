package org.septel.commitment;

/**
 * How a counterpart (a person, or an organisation) has kept the promises tracked against them: fulfilled by the
 * date first given ({@code keptOnTime}), fulfilled after it ({@code late}), still open (of which {@code overdue}
 * are past their date now), partly fulfilled and withdrawn. Items the U.S. side owes are not counted: there the
 * counterpart is us.
 */
public record CounterpartRecord(String counterpart, boolean organisation, long keptOnTime, long late, long open,
        long overdue, long partly, long withdrawn) {
}
