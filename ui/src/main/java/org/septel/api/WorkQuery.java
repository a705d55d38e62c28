package org.septel.api;

import org.septel.reporting.AgeBucket;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkSort;
import org.septel.reporting.WorkStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The follow-up list's query parameters, the same filters as the screens: owner, desk, status, quick filters,
 * text, counterpart organisation and person, TAGS word, overdue age and cable; sort is a column name, with a
 * leading minus for descending ({@code -due}).
 */
record WorkQuery(String owner, String desk, List<String> status, List<String> quick, String text,
        String counterpartOrg, String counterpart, String tag, String age, String cable, String sort) {

    WorkFilter filter() {
        Set<WorkStatus> statuses = EnumSet.noneOf(WorkStatus.class);
        for (String s : status == null ? List.<String>of() : status) {
            statuses.add(parse(WorkStatus.class, s, "status"));
        }
        Set<QuickFilter> quicks = EnumSet.noneOf(QuickFilter.class);
        for (String q : quick == null ? List.<String>of() : quick) {
            quicks.add(parse(QuickFilter.class, q, "quick"));
        }
        return new WorkFilter(owner, desk, statuses, quicks, text, counterpartOrg, counterpart, tag,
                age == null || age.isBlank() ? null : parse(AgeBucket.class, age, "age"), cable);
    }

    WorkSort workSort() {
        if (sort == null || sort.isBlank()) {
            return WorkSort.DUE_FIRST;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        WorkSort.Column column = switch (name.toLowerCase(Locale.ROOT)) {
            case "due" -> WorkSort.Column.DUE_DATE;
            case "chase", "follow-up-date" -> WorkSort.Column.FOLLOW_UP_DATE;
            case "cable" -> WorkSort.Column.CABLE;
            case "owner" -> WorkSort.Column.OWNER;
            case "status" -> WorkSort.Column.STATUS;
            case "counterpart" -> WorkSort.Column.COUNTERPART;
            default -> throw new IllegalArgumentException(
                    "sort by due, chase, cable, owner, status or counterpart (minus first for descending)");
        };
        return new WorkSort(column, descending);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " is one of " + EnumSet.allOf(type));
        }
    }
}
