package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the board's figures from the summary rows {@link BoardReadModel} keeps: no join, no row per follow-up.
 * Overdue, due soon and the age buckets are worked out here from the stored due dates and today, so the rows never
 * go stale as days pass. Answers only what the rows can: a filter by desk (see {@link #answers}).
 */
@Component
class BoardSummary {

    /** Counted as overdue: marked late by the timer, or its due date has passed. */
    private static final String OVERDUE = "(s.late = true or s.due_date < :today)";
    private static final String SOON = "(not " + OVERDUE + " and s.due_date >= :today and s.due_date <= :soonEnd)";

    private final NamedParameterJdbcTemplate jdbc;

    BoardSummary(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the summary rows can answer a board narrowed by this filter (its statuses are the board's own). */
    static boolean answers(WorkFilter filter) {
        return filter.owner() == null && filter.counterpartOrg() == null && filter.text() == null
                && filter.counterpart() == null && filter.tag() == null && filter.age() == null
                && filter.cableId() == null && filter.quick().isEmpty();
    }

    interface GroupSink {
        void add(String desk, String owner, String org, long overdue, long soon, long[] ages);
    }

    /** Overdue and due-soon counts per desk, owner and organisation, with the age buckets; returns the open count. */
    long groups(Reader reader, WorkFilter filter, LocalDate today, GroupSink sink) {
        MapSqlParameterSource params = params(reader, filter, today);
        String where = where(reader, filter, params);
        String sql = "select s.desk as desk, s.owner as owner, s.org as org,"
                + " sum(case when " + OVERDUE + " then s.n else 0 end) as overdue,"
                + " sum(case when " + SOON + " then s.n else 0 end) as soon,"
                + " sum(case when " + OVERDUE + " and s.due_date >= :d7 then s.n else 0 end) as a1,"
                + " sum(case when s.due_date < :d7 and s.due_date >= :d30 then s.n else 0 end) as a2,"
                + " sum(case when s.due_date < :d30 and s.due_date >= :d90 then s.n else 0 end) as a3,"
                + " sum(case when s.due_date < :d90 then s.n else 0 end) as a4"
                + " from board_count s where " + where + " and (s.late = true or s.due_date <= :soonEnd)"
                + " group by s.desk, s.owner, s.org";
        jdbc.query(sql, params, rs -> {
            sink.add(noneIfEmpty(rs.getString("desk")), rs.getString("owner"), noneIfEmpty(rs.getString("org")),
                    rs.getLong("overdue"), rs.getLong("soon"),
                    new long[] {rs.getLong("a1"), rs.getLong("a2"), rs.getLong("a3"), rs.getLong("a4")});
        });
        Long open = jdbc.queryForObject("select coalesce(sum(s.n), 0) from board_count s where " + where, params, Long.class);
        return open == null ? 0 : open;
    }

    /** Overdue and due-soon counts per TAGS word ("" for a cable without TAGS). */
    void tags(Reader reader, WorkFilter filter, LocalDate today, Map<String, Tally> into) {
        MapSqlParameterSource params = params(reader, filter, today);
        String sql = "select s.tag as tag, sum(case when " + OVERDUE + " then s.n else 0 end) as overdue,"
                + " sum(case when " + SOON + " then s.n else 0 end) as soon"
                + " from board_tag_count s where " + where(reader, filter, params)
                + " and (s.late = true or s.due_date <= :soonEnd) group by s.tag";
        jdbc.query(sql, params, rs -> {
            String tag = noneIfEmpty(rs.getString("tag"));
            into.put(tag == null ? "" : tag, new Tally(tag, rs.getLong("overdue"), rs.getLong("soon")));
        });
    }

    /** This week's trend point: what is open now, and how much of it is due before Sunday. */
    WeekPoint thisWeek(Reader reader, WorkFilter filter, LocalDate today) {
        MapSqlParameterSource params = params(reader, filter, today);
        LocalDate sunday = Weeks.sunday(today);
        params.addValue("sunday", sunday);
        return jdbc.queryForObject("select coalesce(sum(s.n), 0) as open_count,"
                + " coalesce(sum(case when s.due_date < :sunday then s.n else 0 end), 0) as overdue"
                + " from board_count s where " + where(reader, filter, params), params,
                (rs, n) -> new WeekPoint(sunday, rs.getLong("open_count"), rs.getLong("overdue")));
    }

    private static MapSqlParameterSource params(Reader reader, WorkFilter filter, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("today", today);
        params.addValue("soonEnd", Weeks.sunday(today));
        params.addValue("d7", today.minusDays(7));
        params.addValue("d30", today.minusDays(30));
        params.addValue("d90", today.minusDays(90));
        return params;
    }

    static String where(Reader reader, WorkFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>(ReaderScope.summaryConditions(reader, params, "s"));
        if (filter.desk() != null) {
            params.addValue("desk", filter.desk());
            where.add("s.desk = :desk");
        }
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }

    private static String noneIfEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
