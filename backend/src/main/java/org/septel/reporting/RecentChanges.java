package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to follow-ups within a window of time, from their stored history: due dates moved (the slip
 * records) and promises kept (fulfilled, with the day they were closed). The window is half-open,
 * {@code from <= at < to}. Rows come only from the reader's desks and clearance (in the SQL); each row's words
 * are read as {@link WorkList} reads them for that reader, so a withheld follow-up is named by its id only.
 */
@Service
@Transactional(readOnly = true)
public class RecentChanges {

    /** More than any office slips or closes in a week; bounds the work of one call. */
    public static final int MAX_ROWS = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkList workList;
    private final Clock clock;

    RecentChanges(NamedParameterJdbcTemplate jdbc, WorkList workList, Clock clock) {
        this.jdbc = jdbc;
        this.workList = workList;
        this.clock = clock;
    }

    /** Slips recorded in the window on follow-ups the reader may see, newest first. */
    public List<RecentSlip> slips(Reader reader, Instant from, Instant to, int limit) {
        MapSqlParameterSource params = window(from, to, limit);
        List<String> where = ReaderScope.conditions(reader, params);
        where.add("s.slipped_at >= :from and s.slipped_at < :to");
        String sql = "select s.commitment_id as id, s.old_due_date as old_due, s.new_due_date as new_due,"
                + " s.reason as reason, s.approved_by as approved_by, s.slipped_at as slipped_at"
                + " from commitment_slip s join commitment m on m.id = s.commitment_id join cable c on c.id = m.cable_id"
                + " where " + String.join(" and ", where) + " order by s.slipped_at desc, s.id desc limit :limit";
        List<StoredSlip> stored = jdbc.query(sql, params, (rs, n) -> new StoredSlip(rs.getLong("id"),
                rs.getObject("old_due", LocalDate.class), rs.getObject("new_due", LocalDate.class),
                rs.getString("reason"), rs.getString("approved_by"), rs.getTimestamp("slipped_at").toInstant()));
        Map<Long, Optional<WorkRow>> rows = new HashMap<>();
        List<RecentSlip> slips = new ArrayList<>();
        for (StoredSlip slip : stored) {
            // The scope was applied in the SQL above; a row missing here was changed in between: it is left out.
            rows.computeIfAbsent(slip.id(), id -> workList.commitment(reader, id)).ifPresent(r -> slips.add(
                    new RecentSlip(slip.id(), r.cableId(), r.marking(), r.owner(), r.title(), r.withheld(),
                            slip.oldDue(), slip.newDue(), r.withheld() ? null : slip.reason(), slip.by(), slip.at())));
        }
        return slips;
    }

    /** Follow-ups fulfilled in the window that the reader may see, most recently kept first. */
    public List<KeptPromise> kept(Reader reader, Instant from, Instant to, int limit) {
        MapSqlParameterSource params = window(from, to, limit);
        List<String> where = ReaderScope.conditions(reader, params);
        where.add("m.status = 'FULFILLED' and m.closed_at >= :from and m.closed_at < :to");
        String sql = "select m.id as id, coalesce(m.original_due_date, f.due_date, m.due_date) as promised, m.closed_at as closed_at"
                + " from commitment m join follow_up_candidate f on f.id = m.candidate_id join cable c on c.id = m.cable_id"
                + " where " + String.join(" and ", where) + " order by m.closed_at desc, m.id desc limit :limit";
        List<StoredClosing> stored = jdbc.query(sql, params, (rs, n) -> new StoredClosing(rs.getLong("id"),
                rs.getObject("promised", LocalDate.class),
                LocalDate.ofInstant(rs.getTimestamp("closed_at").toInstant(), clock.getZone())));
        List<KeptPromise> kept = new ArrayList<>();
        for (StoredClosing closing : stored) {
            workList.commitment(reader, closing.id()).ifPresent(r -> kept.add(new KeptPromise(closing.id(),
                    r.cableId(), r.owner(), r.counterpart(), r.counterpartOrg(), r.withheld(), closing.promised(),
                    closing.keptOn(), closing.promised() == null || !closing.keptOn().isAfter(closing.promised()))));
        }
        return kept;
    }

    private static MapSqlParameterSource window(Instant from, Instant to, int limit) {
        // As offsets, not java.sql.Timestamp: PostgreSQL would read a Timestamp in the session's time zone.
        return new MapSqlParameterSource("from", from.atOffset(ZoneOffset.UTC)).addValue("to", to.atOffset(ZoneOffset.UTC))
                .addValue("limit", Math.max(0, Math.min(limit, MAX_ROWS)));
    }

    private record StoredSlip(long id, LocalDate oldDue, LocalDate newDue, String reason, String by, Instant at) {
    }

    private record StoredClosing(long id, LocalDate promised, LocalDate keptOn) {
    }
}
