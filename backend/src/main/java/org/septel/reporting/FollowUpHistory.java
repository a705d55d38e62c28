package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One follow-up's page: its row, evidence and a timeline assembled from the domain tables (creation, slips,
 * reminders, status changes in the Envers trail) and the engine's history (tasks opened and completed).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpHistory {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkList workList;

    FollowUpHistory(NamedParameterJdbcTemplate jdbc, WorkList workList) {
        this.jdbc = jdbc;
        this.workList = workList;
    }

    /** Empty when there is no such follow-up or the reader may not see it (the two are not told apart). */
    public Optional<FollowUpDetail> of(Reader reader, long commitmentId) {
        return workList.commitment(reader, commitmentId).map(row -> detail(row, commitmentId));
    }

    private FollowUpDetail detail(WorkRow row, long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        Map<String, Object> facts = jdbc.queryForMap("select f.evidence_text as evidence, f.due_text as due_text,"
                + " m.direction as direction, m.closing_note as closing_note, m.created_at as created_at,"
                + " m.closed_at as closed_at, m.status as status, m.cable_id as cable_id"
                + " from commitment m join follow_up_candidate f on f.id = m.candidate_id where m.id = :id", params);
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(instant(facts.get("created_at")), "Tracked, owned by " + row.owner(), null));
        jdbc.query("select slipped_at, old_due_date, new_due_date, reason, approved_by from commitment_slip"
                + " where commitment_id = :id", params, rs -> {
            timeline.add(new TimelineEntry(rs.getTimestamp("slipped_at").toInstant(), "Due date moved from "
                    + orNone(rs.getObject("old_due_date")) + " to " + rs.getObject("new_due_date") + ": "
                    + rs.getString("reason"), rs.getString("approved_by")));
        });
        jdbc.query("select sent_at, kind, for_date, recipient from commitment_reminder where commitment_id = :id",
                params, rs -> {
            timeline.add(new TimelineEntry(rs.getTimestamp("sent_at").toInstant(), "Reminder ("
                    + rs.getString("kind").toLowerCase().replace('_', ' ') + ") sent to " + rs.getString("recipient")
                    + " for " + rs.getObject("for_date"), null));
        });
        String[] lastStatus = {null};
        jdbc.query("select a.status as status, r.revtstmp as at, r.username as who from commitment_aud a"
                + " join revinfo r on r.rev = a.rev where a.id = :id order by a.rev", params, rs -> {
            String status = rs.getString("status");
            if (lastStatus[0] != null && status != null && !status.equals(lastStatus[0])) {
                timeline.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong("at")),
                        "Status " + lastStatus[0].toLowerCase() + " → " + status.toLowerCase(), rs.getString("who")));
            }
            lastStatus[0] = status;
        });
        engineHistory(id, String.valueOf(facts.get("cable_id")), timeline);
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        boolean hidden = row.withheld();
        return new FollowUpDetail(row, hidden ? null : (String) facts.get("evidence"),
                hidden ? null : (String) facts.get("due_text"), (String) facts.get("direction"),
                (String) facts.get("closing_note"), List.copyOf(timeline));
    }

    private void engineHistory(long id, String cableId, List<TimelineEntry> timeline) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("cable", cableId);
        jdbc.query("select t.NAME_ as name, t.ASSIGNEE_ as assignee, t.START_TIME_ as started, t.END_TIME_ as ended,"
                + " t.DELETE_REASON_ as reason from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_"
                + " join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'commitmentId'"
                + " where p.BUSINESS_KEY_ = :cable and v.LONG_ = :id", params, rs -> {
            String name = rs.getString("name");
            timeline.add(new TimelineEntry(rs.getTimestamp("started").toInstant(), "Task opened: " + name,
                    rs.getString("assignee")));
            Timestamp ended = rs.getTimestamp("ended");
            if (ended != null) {
                String reason = rs.getString("reason");
                timeline.add(new TimelineEntry(ended.toInstant(), "Task " + ("completed".equals(reason) ? "completed" : "ended")
                        + ": " + name, rs.getString("assignee")));
            }
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.EPOCH;
    }

    private static String orNone(Object date) {
        return date == null ? "none" : date.toString();
    }
}
