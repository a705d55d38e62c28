package org.septel.screens;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A realistic spread of follow-ups written straight into the tables (several desks, owners, organisations, ages
 * and slips) so the board has something to show in screenshots. Ids start high to stay clear of the sequences.
 */
public final class BoardRows {

    private static final String[][] ORGS = {{"PCO", "Caza"}, {"DFAIT", "Sample"}, {"DND", "Fonberg"},
            {"Finance Canada", "Dodge"}, {"PMO", "Giorno"}, {"RCMP", "Elliott"}};
    private static final String[] OWNERS = {"dana", "lee", "sam"};
    private static final String[] TAGS = {"PREL PGOV CA", "ECON ETRD CA", "MARR PREL CA", "SENV CA", "PTER CA"};
    private static final String[] ACTIONS = {"report back on the cabinet decision", "send comments on the draft",
            "share the revised figures", "brief on the Arctic patrols", "confirm the meeting date"};

    private BoardRows() {
    }

    /** {@code count} follow-ups on desk WHA-CAN, created over the last 14 weeks, some closed, some overdue. */
    public static void seed(JdbcTemplate jdbc, LocalDate today, int count) {
        long id = 90_000_000L;
        for (int i = 0; i < count; i++, id += 3) {
            String cable = "08OTTAWA" + (3000 + i);
            jdbc.update("insert into cable (id, subject, classification, caveats, tags, desk, raw_bytes, charset, sha256,"
                    + " received_at, origin) values (?, ?, 'CONFIDENTIAL', '', ?, 'desk:WHA-CAN', ?, 'UTF-8', ?, ?, 'Embassy Ottawa')",
                    cable, "CANADA: " + ACTIONS[i % ACTIONS.length].toUpperCase(), TAGS[i % TAGS.length],
                    cable.getBytes(StandardCharsets.UTF_8), "sha-" + cable, Timestamp.from(Instant.parse("2008-06-01T00:00:00Z")));
            String[] org = ORGS[i % ORGS.length];
            LocalDate due = today.plusDays(((i * 37L) % 150) - 110);
            Instant created = today.minusWeeks(14).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    .plus((i * 5L) % 90, ChronoUnit.DAYS);
            boolean closed = i % 4 == 0;
            String status = closed ? "FULFILLED" : due.isBefore(today) ? "OVERDUE" : "OPEN";
            Instant closedAt = closed ? created.plus(20, ChronoUnit.DAYS) : null;
            if (closedAt != null && closedAt.isAfter(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                closedAt = today.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            }
            jdbc.update("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor, actor_org, direction,"
                    + " action, anchor, vague, due_date, evidence_start, evidence_end, evidence_text, confidence, review_state)"
                    + " values (?, ?, 1, 2, 'promise', ?, ?, 'owed_to_us', ?, 'DCT', false, ?, 0, 10, ?, 0.8, 'CONFIRMED')",
                    id, cable, org[1], org[0], ACTIONS[i % ACTIONS.length], due,
                    org[1] + " said he would " + ACTIONS[i % ACTIONS.length] + ".");
            jdbc.update("insert into commitment (id, cable_id, candidate_id, kind, actor, action, direction, due_date, owner,"
                    + " status, created_at, closed_at) values (?, ?, ?, 'promise', ?, ?, 'owed_to_us', ?, ?, ?, ?, ?)",
                    id + 1, cable, id, org[1], ACTIONS[i % ACTIONS.length], due, OWNERS[i % OWNERS.length], status,
                    Timestamp.from(created), closedAt == null ? null : Timestamp.from(closedAt));
            if (i % 7 == 3) {
                for (int s = 0; s < 2; s++) {
                    jdbc.update("insert into commitment_slip (id, commitment_id, old_due_date, new_due_date, reason,"
                            + " approved_by, slipped_at) values (?, ?, ?, ?, 'waiting for cabinet', 'morgan', ?)",
                            id + 2 + s * 1_000_000L, id + 1, due.minusDays(30L - s * 15), due.minusDays(15L - s * 15),
                            Timestamp.from(created));
                }
            }
        }
    }
}
