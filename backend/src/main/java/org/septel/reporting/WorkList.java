package org.septel.reporting;

import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work lists (My work, drill-downs from the boards, the weekly report's rows): one page at a time, filtered and
 * sorted in the database, limited to what the reader may see. Rows of cables above the reader's clearance or on
 * desks they do not work on never leave the database; a row whose evidence lies in a paragraph withheld from the
 * reader is listed with a title that says so.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

    public static final int MAX_PAGE = 500;
    /** A text search by a reader not cleared for everything counts at most this many rows. */
    static final int MAX_TEXT_COUNT = 10_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CableAccess cables;
    private final Clock clock;

    WorkList(NamedParameterJdbcTemplate jdbc, CableAccess cables, Clock clock) {
        this.jdbc = jdbc;
        this.cables = cables;
        this.clock = clock;
    }

    /** Rows {@code offset .. offset+limit} of the list in {@code sort} order (no due date last). */
    public List<WorkRow> page(Reader reader, WorkFilter filter, WorkSort sort, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // A text filter also matches action words; a row whose evidence is withheld would tell the reader that the
        // withheld text holds their words, so a text search leaves such rows out.
        return titled(rawPage(reader, filter, sort, offset, Math.min(limit, MAX_PAGE)), reader, filter.text() != null);
    }

    private List<RawRow> rawPage(Reader reader, WorkFilter filter, WorkSort sort, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> branches = WorkSql.branches(reader, filter, today(), params, true, null);
        if (branches.isEmpty()) {
            return List.of();
        }
        params.addValue("limit", limit);
        params.addValue("offset", Math.max(0, offset));
        String page = WorkSql.union(branches) + WorkSql.orderBy(sort) + " limit :limit offset :offset";
        return jdbc.query(WorkSql.withDetails(page) + WorkSql.orderBy(sort, "w."), params, WorkList::raw);
    }

    /**
     * The first {@code limit} rows and the count of the whole list (the grid's first screen needs both). One
     * statement reads the branches once, narrowly: each row's candidate id and sort key, counted and sorted; a
     * second reads the page's rows by those ids. {@link #count} and {@link #page} would each read the branches with
     * every column. Same rows and same count as those two.
     */
    public WorkPage firstPage(Reader reader, WorkFilter filter, WorkSort sort, int limit) {
        if (limit <= 0 || (filter.text() != null && !ReaderScope.clearedForEverything(reader))) {
            return new WorkPage(page(reader, filter, sort, 0, limit), count(reader, filter));
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> keys = WorkSql.branches(reader, filter, today(), params, b -> "select " + WorkSql.candidateId(b)
                + " as candidate_id, " + WorkSql.sortKey(b, sort.column()) + " as sort_key", b -> null);
        if (keys.isEmpty()) {
            return new WorkPage(List.of(), 0);
        }
        params.addValue("limit", Math.min(limit, MAX_PAGE));
        long[] total = {0};
        List<Long> ids = jdbc.query("with l as (" + String.join(" union all ", keys) + ") select candidate_id,"
                + " (select count(*) from l) as list_total from l" + WorkSql.orderBySortKey(sort) + " limit :limit",
                params, (rs, n) -> {
                    total[0] = rs.getLong("list_total");
                    return rs.getLong("candidate_id");
                });
        if (ids.isEmpty()) {
            return new WorkPage(List.of(), 0);
        }
        MapSqlParameterSource rowParams = new MapSqlParameterSource("pageIds", ids);
        List<String> rows = WorkSql.branches(reader, filter, today(), rowParams, WorkSql.Branch::select,
                b -> WorkSql.candidateId(b) + " in (:pageIds)");
        List<RawRow> raw = jdbc.query(WorkSql.withDetails(WorkSql.union(rows)) + WorkSql.orderBy(sort, "w."), rowParams,
                WorkList::raw);
        return new WorkPage(titled(raw, reader, false), total[0]);
    }

    public long count(Reader reader, WorkFilter filter) {
        if (filter.text() != null && !ReaderScope.clearedForEverything(reader)) {
            return countShown(reader, filter);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        long total = 0;
        for (String branch : WorkSql.branches(reader, filter, today(), params, false, "select count(*)")) {
            Long n = jdbc.queryForObject(branch, params, Long.class);
            total += n == null ? 0 : n;
        }
        return total;
    }

    /**
     * The rows a text search shows, counted by reading them, because rows matched only in withheld text are left
     * out of the page and must be left out of the count too (a count would otherwise answer the question).
     */
    private long countShown(Reader reader, WorkFilter filter) {
        long shown = 0;
        for (int offset = 0; offset < MAX_TEXT_COUNT; offset += MAX_PAGE) {
            List<RawRow> raw = rawPage(reader, filter, WorkSort.DUE_FIRST, offset, MAX_PAGE);
            shown += titled(raw, reader, true).size();
            if (raw.size() < MAX_PAGE) {
                break;
            }
        }
        return shown;
    }

    /** One tracked follow-up as a row, if the reader may see it (any status). */
    public Optional<WorkRow> commitment(Reader reader, long commitmentId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", commitmentId);
        List<String> scope = ReaderScope.conditions(reader, params);
        scope.add("m.id = :id");
        List<RawRow> raw = jdbc.query(WorkSql.withDetails(WorkSql.COMMITMENTS.select() + WorkSql.COMMITMENTS_ONLY
                + " where " + String.join(" and ", scope)), params, WorkList::raw);
        return titled(raw, reader, false).stream().findFirst();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Titles from counterpart and action, except where the evidence is withheld from this reader. */
    private List<WorkRow> titled(List<RawRow> raw, Reader reader, boolean dropWithheld) {
        Map<String, Optional<ClearedCable>> cleared = new HashMap<>();
        boolean checkParagraphs = !ReaderScope.clearedForEverything(reader);
        List<WorkRow> rows = new java.util.ArrayList<>();
        for (RawRow row : raw) {
            boolean withheld = false;
            if (checkParagraphs) {
                ClearedCable cable = cleared.computeIfAbsent(row.cableId, id -> cables.read(CableId.of(id), reader)).orElse(null);
                withheld = cable == null || !cable.mayShow(row.paragraph, row.evidenceStart, row.evidenceEnd);
            }
            if (!(withheld && dropWithheld)) {
                rows.add(row.toWorkRow(withheld));
            }
        }
        return rows;
    }

    private static RawRow raw(ResultSet rs, int rowNum) throws SQLException {
        long commitmentId = rs.getLong("commitment_id");
        Long commitment = rs.wasNull() ? null : commitmentId;
        int paragraph = rs.getInt("paragraph");
        Integer para = rs.wasNull() ? null : paragraph;
        return new RawRow(commitment, rs.getLong("candidate_id"), rs.getString("cable_id"), rs.getString("counterpart"),
                rs.getString("counterpart_org"), rs.getString("action"), rs.getObject("due_date", LocalDate.class),
                rs.getObject("follow_up_date", LocalDate.class), WorkStatus.valueOf(rs.getString("status")),
                rs.getString("owner"), rs.getString("desk"), rs.getDouble("confidence"),
                ReaderScope.marking(rs.getString("classification"), rs.getString("caveats")), para,
                rs.getInt("evidence_start"), rs.getInt("evidence_end"));
    }

    private record RawRow(Long commitmentId, long candidateId, String cableId, String counterpart, String org,
            String action, LocalDate due, LocalDate followUp, WorkStatus status, String owner, String desk,
            double confidence, String marking, Integer paragraph, int evidenceStart, int evidenceEnd) {

        WorkRow toWorkRow(boolean withheld) {
            if (withheld) {
                String where = paragraph == null ? "a withheld passage" : "withheld paragraph " + paragraph;
                return new WorkRow(commitmentId, candidateId, cableId, "Follow-up in " + where + " (" + marking + ")",
                        null, null, null, due, followUp, status, marking, owner, desk, confidence, true);
            }
            return new WorkRow(commitmentId, candidateId, cableId, Titles.of(counterpart, action), counterpart, org,
                    action, due, followUp, status, marking, owner, desk, confidence, false);
        }
    }
}
