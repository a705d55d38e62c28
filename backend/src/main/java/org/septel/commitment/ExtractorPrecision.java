package org.septel.commitment;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How often reviewers agreed with the extractor, from the stored review decisions: per kind and per cue, the
 * candidates confirmed, edited (a real follow-up with a field put right) and rejected, and the precision that
 * follows. Read-only. A candidate counts by its latest decision; one nobody has decided yet counts as undecided
 * and not in the precision. The report holds counts and cue labels from the lexicon only, never cable text, so
 * it needs no clearance.
 */
@Service
@Transactional(readOnly = true)
public class ExtractorPrecision {

    /** Decision values as stored in candidate_decision.decision; EDITED is what an edit of a candidate records. */
    static final String CONFIRMED = "CONFIRMED";
    static final String EDITED = "EDITED";
    static final String REJECTED = "REJECTED";

    private final EntityManager entityManager;

    ExtractorPrecision(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts of one group of candidates (all, one kind or one cue). */
    public record Tally(String key, int confirmed, int edited, int rejected, int undecided) {

        public int decided() {
            return confirmed + edited + rejected;
        }

        /** Confirmed and edited over decided; null while nothing is decided. */
        public Double precision() {
            return decided() == 0 ? null : (double) (confirmed + edited) / decided();
        }

        Tally plus(String outcome) {
            return switch (outcome) {
                case CONFIRMED -> new Tally(key, confirmed + 1, edited, rejected, undecided);
                case EDITED -> new Tally(key, confirmed, edited + 1, rejected, undecided);
                case REJECTED -> new Tally(key, confirmed, edited, rejected + 1, undecided);
                default -> new Tally(key, confirmed, edited, rejected, undecided + 1);
            };
        }
    }

    /** The whole extractor, each kind (promise, request, ...) and each cue label, most decided first. */
    public record Report(Tally overall, List<Tally> byKind, List<Tally> byCue) {
    }

    public Report report() {
        List<Outcome> outcomes = outcomes();
        Tally overall = new Tally("all", 0, 0, 0, 0);
        for (Outcome o : outcomes) {
            overall = overall.plus(o.decision());
        }
        return new Report(overall, tallies(outcomes, Outcome::kind), tallies(outcomes, Outcome::cueLabel));
    }

    private record Outcome(String kind, String cueLabel, String decision) {
    }

    /** Each candidate with its latest decision (by time, then by id), or none. */
    private List<Outcome> outcomes() {
        Map<Long, Object[]> latest = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> decisions = entityManager.createNativeQuery(
                "select candidate_id, decision, decided_at, id from candidate_decision order by decided_at, id")
                .getResultList();
        for (Object[] row : decisions) {
            latest.put(((Number) row[0]).longValue(), row);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = entityManager.createNativeQuery(
                "select id, kind, cue from follow_up_candidate").getResultList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Object[] row : candidates) {
            Object[] decision = latest.get(((Number) row[0]).longValue());
            outcomes.add(new Outcome((String) row[1], cueLabel((String) row[2]),
                    decision == null ? "UNDECIDED" : (String) decision[1]));
        }
        return outcomes;
    }

    /** "promised: pledged to" was found by the cue "promised"; the words after the colon are the cable's. */
    static String cueLabel(String cue) {
        if (cue == null || cue.isBlank()) {
            return "(none)";
        }
        int colon = cue.indexOf(':');
        return (colon < 0 ? cue : cue.substring(0, colon)).strip();
    }

    private static List<Tally> tallies(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, Tally> byKey = new TreeMap<>();
        for (Outcome o : outcomes) {
            String k = key.apply(o);
            byKey.put(k, byKey.getOrDefault(k, new Tally(k, 0, 0, 0, 0)).plus(o.decision()));
        }
        return byKey.values().stream()
                .sorted(Comparator.comparingInt(Tally::decided).reversed().thenComparing(Tally::key))
                .toList();
    }
}
