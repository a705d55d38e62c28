package org.septel.reporting;

import org.septel.clearance.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was open and overdue at the end of each past week, per desk and clearance, stored once a week
 * ({@code board_week}) so the trend reads twelve small groups instead of the whole history. A week not yet stored
 * is reconstructed from history the first time it is asked for: open is "created before the week's end and not
 * closed by then", overdue is "open, and the due date in force then had passed", where the due date in force is
 * the old date of the first slip made after the week's end (or today's due date if none was). Whichever node first
 * inserts the week's {@code board_week_taken} row writes it; the other's insert fails on the key and it reads.
 */
@Component
class WeekSnapshots {

    private static final Logger log = LoggerFactory.getLogger(WeekSnapshots.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    WeekSnapshots(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The due date of {@code m} as it stood at the instant {@code :<param>}: a slip made later still had the old
     * date to move from.
     */
    static String dueDateAt(String param) {
        String later = "from commitment_slip sl where sl.commitment_id = m.id and sl.slipped_at >= :" + param;
        return "(case when exists (select 1 " + later + ") then (select sl.old_due_date " + later
                + " order by sl.slipped_at, sl.id fetch first 1 rows only) else m.due_date end)";
    }

    /** The week ends (Sundays) of the last {@code weeks} weeks, oldest first; the last is this week's. */
    static List<LocalDate> weekEnds(LocalDate today, int weeks) {
        LocalDate sunday = Weeks.sunday(today);
        return java.util.stream.IntStream.range(0, weeks).mapToObj(i -> sunday.minusWeeks(weeks - 1L - i)).toList();
    }

    /** Monday just after midnight: last week joins the stored ones without waiting for someone to open the board. */
    @Scheduled(cron = "${septel.board.week-snapshot-cron:0 5 0 * * MON}", zone = "UTC")
    void takeLastWeeks() {
        takeMissing(weekEnds(LocalDate.now(clock), OverdueBoard.TREND_WEEKS));
    }

    /** Stores every complete week among {@code weekEnds} that is not stored yet; safe to run on two nodes at once. */
    void takeMissing(List<LocalDate> weekEnds) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> complete = weekEnds.stream().filter(end -> end.isBefore(today)).toList();
        if (complete.isEmpty()) {
            return;
        }
        Set<LocalDate> taken = Set.copyOf(jdbc.queryForList("select week_end from board_week_taken where week_end in (:ends)",
                new MapSqlParameterSource("ends", complete), LocalDate.class));
        for (LocalDate end : complete) {
            if (!taken.contains(end)) {
                take(end);
            }
        }
    }

    private void take(LocalDate weekEnd) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                MapSqlParameterSource params = new MapSqlParameterSource("weekEnd", weekEnd)
                        .addValue("takenAt", OffsetDateTime.ofInstant(Instant.now(clock), ZoneId.of("UTC")).toLocalDateTime())
                        .addValue("w", endOf(weekEnd));
                jdbc.update("insert into board_week_taken (week_end, taken_at) values (:weekEnd, :takenAt)", params);
                jdbc.update("insert into board_week (week_end, desk, class_rank, noforn, open_count, overdue)"
                        + " select :weekEnd, desk, class_rank, noforn, count(*), sum(late_then) from (select"
                        + " coalesce(c.desk, '') as desk, " + ReaderScope.CABLE_RANK + " as class_rank,"
                        + " case when c.caveats like '%NOFORN%' then true else false end as noforn,"
                        + " case when " + dueDateAt("w") + " < :weekEnd then 1 else 0 end as late_then"
                        + " from commitment m join cable c on c.id = m.cable_id"
                        + " where m.created_at < :w and (m.closed_at is null or m.closed_at >= :w)) x"
                        + " group by desk, class_rank, noforn", params);
            });
        } catch (DataIntegrityViolationException e) {
            log.debug("Week ending {} was stored by another node meanwhile", weekEnd);
        }
    }

    /** The stored weeks among {@code weekEnds}, as the reader may see them, narrowed to the filter's desk. */
    Map<LocalDate, WeekPoint> read(Reader reader, WorkFilter filter, List<LocalDate> weekEnds) {
        MapSqlParameterSource params = new MapSqlParameterSource("ends", weekEnds);
        Map<LocalDate, WeekPoint> points = new HashMap<>();
        jdbc.query("select s.week_end as week_end, sum(s.open_count) as open_count, sum(s.overdue) as overdue"
                + " from board_week s where s.week_end in (:ends) and " + BoardSummary.where(reader, filter, params)
                + " group by s.week_end", params, rs -> {
                    LocalDate end = rs.getObject("week_end", LocalDate.class);
                    points.put(end, new WeekPoint(end, rs.getLong("open_count"), rs.getLong("overdue")));
                });
        return points;
    }

    /** The first instant after the week ending on {@code sunday}, in the office's time zone. */
    OffsetDateTime endOf(LocalDate sunday) {
        return sunday.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
