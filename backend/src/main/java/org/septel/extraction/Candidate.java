package org.septel.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** One follow-up found in a cable, for a human to confirm. */
public record Candidate(
        Integer paragraph,
        Kind kind,
        String actor,
        String actorOrg,
        String toWhom,
        Direction direction,
        String action,
        String dueText,
        Due due,
        Evidence evidence,
        double confidence,
        String cue,
        String statusInText) {

    /** Plain maps and strings with the snake_case names of the CLI output, so Jackson needs no annotations. */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("paragraph", paragraph);
        json.put("kind", kind.jsonName());
        json.put("actor", actor);
        json.put("actor_org", actorOrg);
        json.put("to_whom", toWhom);
        json.put("direction", direction.jsonName());
        json.put("action", action);
        json.put("due_text", dueText);
        Map<String, Object> dueJson = new LinkedHashMap<>();
        dueJson.put("earliest", isoOrNull(due.earliest()));
        dueJson.put("latest", isoOrNull(due.latest()));
        dueJson.put("anchor", due.anchor().name());
        dueJson.put("vague", due.vague());
        dueJson.put("due_date", isoOrNull(due.dueDate()));
        dueJson.put("follow_up_date", isoOrNull(due.followUpDate()));
        json.put("due", dueJson);
        Map<String, Object> evidenceJson = new LinkedHashMap<>();
        evidenceJson.put("start", evidence.start());
        evidenceJson.put("end", evidence.end());
        evidenceJson.put("text", evidence.text());
        json.put("evidence", evidenceJson);
        json.put("confidence", Math.round(confidence * 100) / 100.0);
        json.put("cue", cue);
        json.put("status_in_text", statusInText);
        return json;
    }

    private static String isoOrNull(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
