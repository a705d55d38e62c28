package org.septel.ui.work;

import com.vaadin.flow.router.QueryParameters;
import org.septel.reporting.AgeBucket;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A work-list filter as URL query parameters, so every number on the boards links to the list it counts and a
 * filtered list can be bookmarked. {@code scope=all} means "everyone's", not just the user's own.
 */
public final class WorkLinks {

    public static final String ALL = "all";

    private WorkLinks() {
    }

    public static QueryParameters of(WorkFilter filter, boolean everyone) {
        Map<String, String> params = new HashMap<>();
        if (everyone) {
            params.put("scope", ALL);
        }
        put(params, "owner", filter.owner());
        put(params, "desk", filter.desk());
        put(params, "org", filter.counterpartOrg());
        put(params, "person", filter.counterpart());
        put(params, "tag", filter.tag());
        put(params, "q", filter.text());
        put(params, "cable", filter.cableId());
        if (filter.age() != null) {
            params.put("age", filter.age().name().toLowerCase(Locale.ROOT));
        }
        if (!filter.quick().isEmpty()) {
            params.put("quick", filter.quick().stream().map(q -> q.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(",")));
        }
        if (!filter.statuses().equals(WorkFilter.OPEN_STATUSES)) {
            params.put("status", filter.statuses().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(",")));
        }
        return QueryParameters.simple(params);
    }

    public static boolean everyone(QueryParameters parameters) {
        return first(parameters, "scope").filter(ALL::equals).isPresent();
    }

    /** The filter the parameters describe; unknown values are ignored rather than failing the page. */
    public static WorkFilter filter(QueryParameters parameters, WorkFilter base) {
        WorkFilter filter = base;
        filter = first(parameters, "owner").map(filter::withOwner).orElse(filter);
        filter = first(parameters, "desk").map(filter::withDesk).orElse(filter);
        filter = first(parameters, "org").map(filter::withCounterpartOrg).orElse(filter);
        filter = first(parameters, "person").map(filter::withCounterpart).orElse(filter);
        filter = first(parameters, "tag").map(filter::withTag).orElse(filter);
        filter = first(parameters, "q").map(filter::withText).orElse(filter);
        filter = first(parameters, "cable").map(filter::withCableId).orElse(filter);
        filter = first(parameters, "age").flatMap(v -> parse(AgeBucket.class, v)).map(filter::withAge).orElse(filter);
        Optional<String> quick = first(parameters, "quick");
        if (quick.isPresent()) {
            Set<QuickFilter> chosen = EnumSet.noneOf(QuickFilter.class);
            split(quick.get()).forEach(v -> parse(QuickFilter.class, v).ifPresent(chosen::add));
            filter = filter.withQuick(chosen);
        }
        Optional<String> status = first(parameters, "status");
        if (status.isPresent()) {
            Set<WorkStatus> chosen = EnumSet.noneOf(WorkStatus.class);
            split(status.get()).forEach(v -> parse(WorkStatus.class, v).ifPresent(chosen::add));
            filter = filter.withStatuses(chosen);
        }
        return filter;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        return values.stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
