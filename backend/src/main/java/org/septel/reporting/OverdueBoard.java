package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The managers' numbers: counts of overdue and due-soon follow-ups by desk, owner, counterpart organisation, TAGS
 * word and age; the open-vs-overdue trend; the slippage list; the counterpart ledger; the weekly report. Every
 * figure is computed in the database over the rows the reader may see, narrowed by a {@link WorkFilter} (its
 * statuses are ignored: boards count tracked follow-ups).
 */
@Service
@Transactional(readOnly = true)
public class OverdueBoard {

    public static final int TREND_WEEKS = 12;
    public static final int REPORT_ROWS = 50;

    private static final Set<WorkStatus> OPEN = EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE);
    private static final Set<WorkStatus> TRACKED = EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE, WorkStatus.FULFILLED,
            WorkStatus.WITHDRAWN);

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkList workList;
    private final BoardSummary summary;
    private final WeekSnapshots weeks;
    private final Clock clock;

    OverdueBoard(NamedParameterJdbcTemplate jdbc, WorkList workList, BoardSummary summary, WeekSnapshots weeks, Clock clock) {
        this.jdbc = jdbc;
        this.workList = workList;
        this.summary = summary;
        this.weeks = weeks;
        this.clock = clock;
    }

    public BoardTallies tallies(Reader reader, WorkFilter scope) {
        LocalDate today = LocalDate.now(clock);
        return BoardSummary.answers(scope) ? summarisedTallies(reader, scope, today) : directTallies(reader, scope, today);
    }

    /** The tallies counted over every follow-up (for filters the summary cannot answer, and to check it). */
    BoardTallies directTallies(Reader reader, WorkFilter scope, LocalDate today) {
        WorkFilter filter = scope.withStatuses(OPEN);
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("soonEnd", Weeks.sunday(today));
        params.addValue("d7", today.minusDays(7));
        params.addValue("d30", today.minusDays(30));
        params.addValue("d90", today.minusDays(90));
        String late = WorkSql.OVERDUE_COMMITMENT;
        String select = "select c.desk as desk, m.owner as owner, f.actor_org as org, c.tags as tags,"
                + " sum(case when " + late + " then 1 else 0 end) as overdue,"
                + " sum(case when not " + late + " and m.due_date >= :today then 1 else 0 end) as soon,"
                + " sum(case when " + late + " and (m.due_date is null or m.due_date >= :d7) then 1 else 0 end) as a1,"
                + " sum(case when m.due_date < :d7 and m.due_date >= :d30 then 1 else 0 end) as a2,"
                + " sum(case when m.due_date < :d30 and m.due_date >= :d90 then 1 else 0 end) as a3,"
                + " sum(case when m.due_date < :d90 then 1 else 0 end) as a4";
        String sql = WorkSql.branches(reader, filter, today, params, false, select,
                "(m.status in (" + CommitmentStates.OVERDUE + ") or m.due_date <= :soonEnd)").get(0)
                + " group by c.desk, m.owner, f.actor_org, c.tags";
        Map<String, Tally> desks = new HashMap<>();
        Map<String, Tally> owners = new HashMap<>();
        Map<String, Tally> orgs = new HashMap<>();
        Map<String, Tally> tags = new HashMap<>();
        long[] ages = new long[4];
        long[] totals = new long[2];
        jdbc.query(sql, params, rs -> {
            long overdue = rs.getLong("overdue");
            long soon = rs.getLong("soon");
            add(desks, rs.getString("desk"), overdue, soon);
            add(owners, rs.getString("owner"), overdue, soon);
            add(orgs, rs.getString("org"), overdue, soon);
            String cableTags = rs.getString("tags");
            if (cableTags == null || cableTags.isBlank()) {
                add(tags, null, overdue, soon);
            } else {
                for (String tag : Set.of(cableTags.strip().split("\\s+"))) {
                    add(tags, tag, overdue, soon);
                }
            }
            for (int i = 0; i < 4; i++) {
                ages[i] += rs.getLong("a" + (i + 1));
            }
            totals[0] += overdue;
            totals[1] += soon;
        });
        Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            byAge.put(bucket, ages[bucket.ordinal()]);
        }
        long open = workList.count(reader, filter);
        return new BoardTallies(open, totals[0], totals[1], sorted(desks), sorted(owners), sorted(orgs), sorted(tags), byAge);
    }

    /** The tallies from the summary rows (ADR 22): the same figures as the query over every follow-up below. */
    private BoardTallies summarisedTallies(Reader reader, WorkFilter scope, LocalDate today) {
        Map<String, Tally> desks = new HashMap<>();
        Map<String, Tally> owners = new HashMap<>();
        Map<String, Tally> orgs = new HashMap<>();
        Map<String, Tally> tags = new HashMap<>();
        long[] ages = new long[4];
        long[] totals = new long[2];
        long open = summary.groups(reader, scope, today, (desk, owner, org, overdue, soon, groupAges) -> {
            add(desks, desk, overdue, soon);
            add(owners, owner, overdue, soon);
            add(orgs, org, overdue, soon);
            for (int i = 0; i < 4; i++) {
                ages[i] += groupAges[i];
            }
            totals[0] += overdue;
            totals[1] += soon;
        });
        summary.tags(reader, scope, today, tags);
        Map<AgeBucket, Long> byAge = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            byAge.put(bucket, ages[bucket.ordinal()]);
        }
        return new BoardTallies(open, totals[0], totals[1], sorted(desks), sorted(owners), sorted(orgs), sorted(tags), byAge);
    }

    /**
     * Open and overdue at the end of each of the last {@code weeks} weeks, oldest first; the last is this week.
     * Past weeks count what was open then, with the due dates of then (slips made later do not move them).
     */
    public List<WeekPoint> trend(Reader reader, WorkFilter scope, int weeks) {
        LocalDate today = LocalDate.now(clock);
        if (BoardSummary.answers(scope)) {
            List<LocalDate> ends = WeekSnapshots.weekEnds(today, weeks);
            this.weeks.takeMissing(ends);
            Map<LocalDate, WeekPoint> stored = this.weeks.read(reader, scope, ends);
            List<WeekPoint> points = new ArrayList<>();
            for (LocalDate end : ends.subList(0, ends.size() - 1)) {
                points.add(stored.getOrDefault(end, new WeekPoint(end, 0, 0)));
            }
            points.add(summary.thisWeek(reader, scope, today));
            return points;
        }
        ZoneId zone = clock.getZone();
        List<LocalDate> ends = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            ends.add(Weeks.sunday(today).minusWeeks(i));
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < ends.size(); i++) {
            OffsetDateTime end = ends.get(i).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            params.addValue("w" + i, end);
            params.addValue("d" + i, ends.get(i));
            String open = "m.created_at < :w" + i + " and (m.closed_at is null or m.closed_at >= :w" + i + ")";
            select.append(i == 0 ? "" : ", ")
                    .append("sum(case when ").append(open).append(" then 1 else 0 end) as o").append(i)
                    .append(", sum(case when ").append(open).append(" and ")
                    .append(i == ends.size() - 1 ? "m.due_date" : WeekSnapshots.dueDateAt("w" + i)).append(" < :d").append(i)
                    .append(" then 1 else 0 end) as v").append(i);
        }
        params.addValue("trendStart", params.getValue("w0"));
        String sql = WorkSql.branches(reader, scope.withStatuses(TRACKED), today, params, false, select.toString(),
                "(m.closed_at is null or m.closed_at >= :trendStart)").get(0);
        return jdbc.query(sql, params, rs -> {
            List<WeekPoint> points = new ArrayList<>();
            if (rs.next()) {
                for (int i = 0; i < ends.size(); i++) {
                    points.add(new WeekPoint(ends.get(i), rs.getLong("o" + i), rs.getLong("v" + i)));
                }
            }
            return points;
        });
    }

    /** Follow-ups slipped more than once, most slips first. */
    public List<SlippedItem> slippage(Reader reader, WorkFilter scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        if (BoardSummary.answers(scope)) {
            String sql = "select s.commitment_id as id, s.cable_id as cable_id, s.owner as owner,"
                    + " s.current_due as current_due, s.slips as slips, s.first_due as first_due from board_slipped s"
                    + " where " + BoardSummary.where(reader, scope, params) + " order by s.slips desc, s.commitment_id"
                    + " limit :limit";
            return jdbc.query(sql, params, (rs, n) -> slipped(rs));
        }
        String select = "select m.id as id, m.cable_id as cable_id, m.owner as owner, m.due_date as current_due,"
                + " (select count(*) from commitment_slip s where s.commitment_id = m.id) as slips,"
                + " (select min(s.old_due_date) from commitment_slip s where s.commitment_id = m.id) as first_due";
        String sql = WorkSql.branches(reader, scope.withStatuses(TRACKED), today, params, false, select,
                "m.id in (select s.commitment_id from commitment_slip s group by s.commitment_id having count(*) > 1)").get(0)
                + " order by slips desc, m.id limit :limit";
        return jdbc.query(sql, params, (rs, n) -> slipped(rs));
    }

    private static SlippedItem slipped(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate first = rs.getObject("first_due", LocalDate.class);
        LocalDate current = rs.getObject("current_due", LocalDate.class);
        long days = first == null || current == null ? 0 : ChronoUnit.DAYS.between(first, current);
        return new SlippedItem(rs.getLong("id"), rs.getString("cable_id"), rs.getString("owner"), rs.getInt("slips"),
                first, current, days);
    }

    /** Promises counterparts made to us, per organisation and person, most open first. */
    public List<LedgerLine> ledger(Reader reader, WorkFilter scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        String promised = "coalesce(f.due_date, m.due_date)";
        String closedDay = "cast(m.closed_at as date)";
        String select = "select f.actor_org as org, m.actor as person,"
                + " sum(case when m.status = 'FULFILLED' and (" + promised + " is null or " + closedDay + " <= " + promised + ") then 1 else 0 end) as on_time,"
                + " sum(case when m.status = 'FULFILLED' and " + closedDay + " > " + promised + " then 1 else 0 end) as late,"
                + " sum(case when m.status in (" + CommitmentStates.OPEN + ", " + CommitmentStates.OVERDUE + ") then 1 else 0 end) as still_open,"
                + " sum(case when " + WorkSql.OVERDUE_COMMITMENT + " then 1 else 0 end) as overdue";
        String sql = WorkSql.branches(reader, scope.withStatuses(TRACKED), today, params, false, select,
                "m.direction = 'owed_to_us'").get(0)
                + " group by f.actor_org, m.actor order by still_open desc, late desc, f.actor_org, m.actor limit :limit";
        return jdbc.query(sql, params, (rs, n) -> new LedgerLine(rs.getString("org"), rs.getString("person"),
                rs.getLong("on_time"), rs.getLong("late"), rs.getLong("still_open"), rs.getLong("overdue")));
    }

    public WeeklyReport weeklyReport(Reader reader, WorkFilter scope) {
        LocalDate today = LocalDate.now(clock);
        List<WorkRow> oldest = workList.page(reader, scope.withStatuses(OPEN).withQuick(Set.of(QuickFilter.OVERDUE)),
                WorkSort.DUE_FIRST, 0, REPORT_ROWS);
        return new WeeklyReport(Weeks.sunday(today), tallies(reader, scope), trend(reader, scope, TREND_WEEKS),
                slippage(reader, scope, REPORT_ROWS), oldest);
    }

    private static void add(Map<String, Tally> into, String key, long overdue, long soon) {
        into.merge(key == null ? "" : key, new Tally(key, overdue, soon), (a, b) -> a.plus(b.overdue(), b.dueSoon()));
    }

    private static List<Tally> sorted(Map<String, Tally> tallies) {
        return tallies.values().stream()
                .sorted(Comparator.comparingLong(Tally::overdue).reversed()
                        .thenComparing(Comparator.comparingLong(Tally::dueSoon).reversed())
                        .thenComparing(t -> t.key() == null ? "" : t.key()))
                .toList();
    }
}
