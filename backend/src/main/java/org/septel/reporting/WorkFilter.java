package org.septel.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a work list shows. Every field is optional (null or empty means "any"); the reader's desks and clearance
 * are applied on top of it by {@link WorkList}, never by the caller.
 *
 * @param owner          username owning the follow-up; unowned {@code UNREVIEWED} rows ignore it
 * @param desk           the cable's desk group, e.g. {@code desk:WHA-CAN}
 * @param statuses       which statuses; empty means the open ones (unreviewed, open, overdue)
 * @param quick          one-click filters, all of which must hold
 * @param text           free text matched against cable id, subject, counterpart and action (case-insensitive)
 * @param counterpartOrg the counterpart organisation, exactly as extracted
 * @param counterpart    the counterpart person, exactly as extracted
 * @param tag            one TAGS word of the cable, e.g. {@code PREL}
 * @param age            only overdue rows in this age bucket
 * @param cableId        only this cable's rows
 */
public record WorkFilter(String owner, String desk, Set<WorkStatus> statuses, Set<QuickFilter> quick, String text,
        String counterpartOrg, String counterpart, String tag, AgeBucket age, String cableId) {

    public static final Set<WorkStatus> OPEN_STATUSES = Set.of(WorkStatus.UNREVIEWED, WorkStatus.OPEN, WorkStatus.OVERDUE);

    public WorkFilter {
        statuses = statuses == null || statuses.isEmpty() ? OPEN_STATUSES : Set.copyOf(statuses);
        quick = quick == null ? Set.of() : Set.copyOf(quick);
        owner = blankToNull(owner);
        desk = blankToNull(desk);
        text = blankToNull(text);
        counterpartOrg = blankToNull(counterpartOrg);
        counterpart = blankToNull(counterpart);
        tag = blankToNull(tag);
        cableId = blankToNull(cableId);
    }

    /** Everything open the reader may see. */
    public static WorkFilter open() {
        return new WorkFilter(null, null, OPEN_STATUSES, Set.of(), null, null, null, null, null, null);
    }

    /** An officer's own work: their follow-ups, and the unreviewed ones of the desks they work on. */
    public static WorkFilter myWork(String username) {
        return open().withOwner(username);
    }

    /** Confirmed follow-ups only (what managers count), still open. */
    public static WorkFilter tracked() {
        return open().withStatuses(EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE));
    }

    public WorkFilter withOwner(String value) {
        return new WorkFilter(value, desk, statuses, quick, text, counterpartOrg, counterpart, tag, age, cableId);
    }

    public WorkFilter withDesk(String value) {
        return new WorkFilter(owner, value, statuses, quick, text, counterpartOrg, counterpart, tag, age, cableId);
    }

    public WorkFilter withStatuses(Set<WorkStatus> value) {
        return new WorkFilter(owner, desk, value, quick, text, counterpartOrg, counterpart, tag, age, cableId);
    }

    public WorkFilter withQuick(Set<QuickFilter> value) {
        return new WorkFilter(owner, desk, statuses, value, text, counterpartOrg, counterpart, tag, age, cableId);
    }

    public WorkFilter withText(String value) {
        return new WorkFilter(owner, desk, statuses, quick, value, counterpartOrg, counterpart, tag, age, cableId);
    }

    public WorkFilter withCounterpartOrg(String value) {
        return new WorkFilter(owner, desk, statuses, quick, text, value, counterpart, tag, age, cableId);
    }

    public WorkFilter withCounterpart(String value) {
        return new WorkFilter(owner, desk, statuses, quick, text, counterpartOrg, value, tag, age, cableId);
    }

    public WorkFilter withTag(String value) {
        return new WorkFilter(owner, desk, statuses, quick, text, counterpartOrg, counterpart, value, age, cableId);
    }

    public WorkFilter withAge(AgeBucket value) {
        return new WorkFilter(owner, desk, statuses, quick, text, counterpartOrg, counterpart, tag, value, cableId);
    }

    public WorkFilter withCableId(String value) {
        return new WorkFilter(owner, desk, statuses, quick, text, counterpartOrg, counterpart, tag, age, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
