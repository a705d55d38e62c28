package org.septel.extraction.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.septel.extraction.Anchor;
import org.septel.extraction.BusinessCalendar;
import org.septel.extraction.Due;
import org.septel.extraction.ExtractionPolicy;

/**
 * Combines the time phrases of a follow-up's clause into one {@link Due}: a calendar range when there is one
 * (hung on an event when the clause also names one), else ASAP or unspecified wording, else the event or the
 * condition alone; soft follow-up dates come from the policy in business days.
 */
final class DuePlanner {

    /** {@code dueText} keeps the words as written but not the cable's line wrapping. */
    record Planned(String dueText, Due due) {
        Planned {
            dueText = dueText == null ? null : dueText.replaceAll("\\s+", " ").trim();
        }
    }

    private final ExtractionPolicy policy;
    private final BusinessCalendar calendar;

    DuePlanner(ExtractionPolicy policy) {
        this.policy = policy;
        this.calendar = policy.calendar();
    }

    /**
     * @param own        time phrases that belong to the follow-up (after its cue, or rolling/ASAP words before it)
     * @param conditions condition phrases anywhere in the sentence ("until the election results are clear")
     */
    Planned plan(List<TimeExpression> own, List<TimeExpression> conditions, LocalDate dct) {
        // A range that ended before the cable was sent dates a past act, not a deadline.
        Optional<TimeExpression> calendarRange = own.stream()
                .filter(e -> e.timeClass().isCalendar())
                .filter(e -> dct == null || e.latest() == null || !e.latest().isBefore(dct))
                .findFirst();
        Optional<TimeExpression> event = first(own, TimeClass.EVENT);
        Optional<TimeExpression> asap = first(own, TimeClass.ASAP);
        Optional<TimeExpression> unspecified = first(own, TimeClass.UNSPECIFIED);
        Optional<TimeExpression> condition = first(own, TimeClass.CONDITION)
                .or(() -> conditions.stream().findFirst());

        if (calendarRange.isPresent()) {
            TimeExpression range = calendarRange.get();
            Anchor anchor = event.isPresent() ? Anchor.EVENT : Anchor.DCT;
            LocalDate due = range.latest();
            return new Planned(range.text(), new Due(range.earliest(), range.latest(), anchor, false, due,
                    beforeDue(due, dct)));
        }
        if (event.isPresent() && event.get().referenceDate() != null) {
            LocalDate day = event.get().referenceDate();
            return new Planned(event.get().text(), new Due(dct == null ? day : min(dct, day), day, Anchor.EVENT,
                    false, day, beforeDue(day, dct)));
        }
        if (asap.isPresent() || unspecified.isPresent()) {
            TimeExpression words = asap.orElseGet(unspecified::get);
            boolean isAsap = asap.isPresent();
            int days = isAsap ? policy.asapBusinessDays() : policy.unspecifiedBusinessDays();
            if (condition.isPresent()) {
                LocalDate reference = laterOf(condition.get().referenceDate(), dct);
                return new Planned(words.text(), new Due(reference, null, Anchor.CONDITION, true, null,
                        plus(reference, Math.max(days, policy.conditionBusinessDays()))));
            }
            return new Planned(words.text(), new Due(dct, null, isAsap ? Anchor.DCT : Anchor.NONE, true, null,
                    plus(dct, days)));
        }
        if (event.isPresent()) {
            return new Planned(event.get().text(), new Due(dct, null, Anchor.EVENT, false, null,
                    plus(dct, policy.eventBusinessDays())));
        }
        if (condition.isPresent() && own.contains(condition.get())) {
            LocalDate reference = laterOf(condition.get().referenceDate(), dct);
            return new Planned(condition.get().text(), new Due(reference, null, Anchor.CONDITION, false, null,
                    plus(reference, policy.conditionBusinessDays())));
        }
        return new Planned(null, new Due(dct, null, Anchor.NONE, false, null, plus(dct, policy.noTimeBusinessDays())));
    }

    private LocalDate beforeDue(LocalDate due, LocalDate dct) {
        if (due == null) {
            return null;
        }
        LocalDate chase = calendar.minusBusinessDays(due, policy.datedLeadBusinessDays());
        if (dct != null && chase.isBefore(dct)) {
            return dct;
        }
        return chase;
    }

    private LocalDate plus(LocalDate from, int businessDays) {
        return from == null ? null : calendar.plusBusinessDays(from, businessDays);
    }

    private static LocalDate laterOf(LocalDate reference, LocalDate dct) {
        if (reference == null) {
            return dct;
        }
        return dct == null || reference.isAfter(dct) ? reference : dct;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Optional<TimeExpression> first(List<TimeExpression> expressions, TimeClass... classes) {
        for (TimeExpression expression : expressions) {
            for (TimeClass timeClass : classes) {
                if (expression.timeClass() == timeClass) {
                    return Optional.of(expression);
                }
            }
        }
        return Optional.empty();
    }
}
