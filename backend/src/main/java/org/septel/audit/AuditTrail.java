package org.septel.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole trail of changes for the security officer, read from the Envers audit tables: each change of a
 * follow-up's owner, dates or status, of a candidate's review, and of a person's role, desk or clearance, as
 * "from -> to" with who and when. Only state fields are read, so the trail can be exported without carrying
 * classified cable text.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final List<Tracked> TRACKED = List.of(
            new Tracked("commitment_aud", "follow-up", "id", "cable_id",
                    List.of("owner", "due_date", "follow_up_date", "status")),
            new Tracked("follow_up_candidate_aud", "candidate", "id", "cable_id",
                    List.of("review_state", "due_date", "follow_up_date")),
            new Tracked("staff_account_aud", "staff", "username", null,
                    List.of("role", "desk", "clearance", "caveat_access", "enabled", "locked_until")));

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tracked change made in [from, to), newest first, at most {@code limit} of them. */
    public List<TrailEntry> between(Instant from, Instant to, int limit) {
        List<TrailEntry> entries = new ArrayList<>();
        for (Tracked tracked : TRACKED) {
            entries.addAll(changes(tracked, from.toEpochMilli(), to.toEpochMilli()));
        }
        entries.sort(Comparator.comparing(TrailEntry::at).reversed().thenComparing(TrailEntry::subject));
        return entries.size() <= limit ? entries : entries.subList(0, limit);
    }

    /**
     * Reads each entity's revisions in order, so a change is the difference to the revision before it, even when
     * that one lies before the window.
     */
    private List<TrailEntry> changes(Tracked tracked, long fromMillis, long toMillis) {
        String columns = String.join(", ", tracked.fields().stream().map(field -> "a." + field).toList());
        String sql = "select a." + tracked.idColumn() + " as entity_id, "
                + (tracked.cableColumn() == null ? "null" : "a." + tracked.cableColumn()) + " as cable_id, a.revtype, "
                + "r.revtstmp, r.username as changed_by, " + columns
                + " from " + tracked.table() + " a join revinfo r on r.rev = a.rev"
                + " where a." + tracked.idColumn() + " in (select w." + tracked.idColumn() + " from " + tracked.table()
                + " w join revinfo wr on wr.rev = w.rev where wr.revtstmp >= ? and wr.revtstmp < ?)"
                + " and r.revtstmp < ? order by a." + tracked.idColumn() + ", a.rev";
        Map<String, Map<String, String>> previous = new HashMap<>();
        List<TrailEntry> entries = new ArrayList<>();
        jdbc.query(sql,
                rs -> {
                    String id = rs.getString("entity_id");
                    long at = rs.getLong("revtstmp");
                    int type = rs.getInt("revtype");
                    Map<String, String> values = new HashMap<>();
                    for (String field : tracked.fields()) {
                        Object value = rs.getObject(field);
                        values.put(field, value == null ? null : value.toString());
                    }
                    Map<String, String> before = previous.put(id, values);
                    if (at < fromMillis) {
                        return;
                    }
                    String subject = tracked.label() + " " + id
                            + (rs.getString("cable_id") == null ? "" : " of " + rs.getString("cable_id"));
                    String by = rs.getString("changed_by") == null ? Auditor.SYSTEM : rs.getString("changed_by");
                    Instant when = Instant.ofEpochMilli(at);
                    if (type == 2) {
                        entries.add(new TrailEntry(when, by, subject, "(deleted)", null, null));
                        return;
                    }
                    for (String field : tracked.fields()) {
                        String was = before == null ? null : before.get(field);
                        String now = values.get(field);
                        if (before == null ? now != null : !Objects.equals(was, now)) {
                            entries.add(new TrailEntry(when, by, subject, field, was, now));
                        }
                    }
                }, fromMillis, toMillis, toMillis);
        return entries;
    }

    private record Tracked(String table, String label, String idColumn, String cableColumn, List<String> fields) {
    }
}
