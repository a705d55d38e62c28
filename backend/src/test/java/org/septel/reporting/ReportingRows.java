package org.septel.reporting;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Writes cables, candidates, follow-ups and slips straight into the tables, so each test states its rows exactly. */
final class ReportingRows {

    private final JdbcTemplate jdbc;
    private long nextId = 5_000_000;

    ReportingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void clear() {
        for (String table : new String[] {"board_week", "board_week_taken", "board_tag_count", "board_count",
                "board_entry", "follow_up_attachment", "follow_up_comment", "commitment_action", "commitment_reply", "commitment_slip", "commitment_reminder", "commitment_aud", "commitment",
                "candidate_decision", "follow_up_candidate_aud", "follow_up_candidate", "cable_reference",
                "cable_revision", "cable"}) {
            jdbc.update("delete from " + table);
        }
    }

    void cable(String id, String subject, String classification, String caveats, String tags, String desk) {
        jdbc.update("insert into cable (id, subject, classification, caveats, tags, desk, raw_bytes, charset, sha256,"
                        + " received_at) values (?, ?, ?, ?, ?, ?, ?, 'UTF-8', ?, ?)", id, subject, classification,
                caveats, tags, desk, ("cable " + id).getBytes(StandardCharsets.UTF_8), "sha-" + id,
                Timestamp.from(Instant.parse("2008-01-01T00:00:00Z")));
    }

    long candidate(String cableId, String actor, String org, String action, LocalDate due, LocalDate followUp,
            String anchor, String reviewState, double confidence, Integer paragraph) {
        long id = nextId++;
        jdbc.update("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor, actor_org, direction,"
                        + " action, anchor, vague, due_date, follow_up_date, evidence_start, evidence_end, evidence_text,"
                        + " confidence, review_state) values (?, ?, ?, ?, 'promise', ?, ?, 'owed_to_us', ?, ?, false, ?, ?,"
                        + " 0, 10, 'evidence', ?, ?)", id, cableId, (int) id, paragraph, actor, org, action, anchor, due,
                followUp, confidence, reviewState);
        return id;
    }

    long commitment(String cableId, String actor, String org, String action, LocalDate due, LocalDate followUp,
            String owner, String status, Instant created, Instant closed) {
        long candidate = candidate(cableId, actor, org, action, due, followUp, "DCT", "CONFIRMED", 0.9, 1);
        return commitmentOf(candidate, cableId, actor, action, due, followUp, owner, status, created, closed);
    }

    long commitmentOf(long candidate, String cableId, String actor, String action, LocalDate due, LocalDate followUp,
            String owner, String status, Instant created, Instant closed) {
        long id = nextId++;
        jdbc.update("insert into commitment (id, cable_id, candidate_id, kind, actor, action, direction, due_date,"
                        + " follow_up_date, owner, status, created_at, closed_at) values (?, ?, ?, 'promise', ?, ?,"
                        + " 'owed_to_us', ?, ?, ?, ?, ?, ?)", id, cableId, candidate, actor, action, due, followUp, owner,
                status, Timestamp.from(created), closed == null ? null : Timestamp.from(closed));
        return id;
    }

    void slip(long commitmentId, LocalDate from, LocalDate to) {
        slip(commitmentId, from, to, Instant.parse("2008-09-01T00:00:00Z"));
    }

    void slip(long commitmentId, LocalDate from, LocalDate to, Instant at) {
        jdbc.update("insert into commitment_slip (id, commitment_id, old_due_date, new_due_date, reason, approved_by,"
                + " slipped_at) values (?, ?, ?, ?, 'waiting', 'morgan', ?)", nextId++, commitmentId, from, to,
                Timestamp.from(at));
        jdbc.update("update commitment set due_date = ? where id = ?", to, commitmentId);
    }
}
