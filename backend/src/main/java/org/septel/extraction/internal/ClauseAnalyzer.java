package org.septel.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.septel.extraction.Candidate;
import org.septel.extraction.Direction;
import org.septel.extraction.Evidence;
import org.septel.extraction.Kind;

/**
 * Reads one clause: picks its strongest cue, drops it when hedged, skipped or merely reported past, and builds
 * the candidate (actor, direction, action, due, confidence). One analyzer per cable run.
 */
final class ClauseAnalyzer {

    private static final Pattern OBJECT_STOP = Pattern.compile(
            "\\s+(?:not\\s+)?to\\s+|\\s+would\\s+|\\s+should\\s+|\\s+be\\s+|[,;(]|\\s+in\\s+advance|\\s+before\\s+|"
                    + "\\s+by\\s+|\\s+in\\s+order|\\s+regarding\\s+|\\s+so\\s+that\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_CLAUSE_VERB = Pattern.compile(
            "^that\\s+((?:[\\w.’'/-]+\\s+){0,5}?)(?=(?:not\\s+)?[a-z]+\\b(?<!\\bthe|\\bof|\\band|\\bde|\\bal))");
    private static final Pattern RECIPIENT = Pattern.compile(
            "\\s+(?!to\\b|that\\b|not\\b)((?:the\\s+)?[\\w/.’'-]+(?:\\s+(?:and\\s+)?[\\w/.’'-]+){0,3}?)\\s+(?:that|to|he|she|it|they)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBASSY_NAME = Pattern.compile("\\b(?:Embassy|AmEmbassy|Consulate)\\s+([A-Z][a-z]+"
            + "(?:\\s+[A-Z][a-z]+)?)");
    private static final Set<String> INDIRECT_OBJECT_CUES = Set.of("promised", "pledged", "assured");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)^(?:for|on|upon|from|of)\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern INFINITIVE = Pattern.compile("\\s(?:not\\s+)?to\\s+(?=[a-z])");
    private static final Pattern GENERIC_US = Pattern.compile("U\\.S\\.|US|USG|United States|Washington");
    private static final Pattern MODAL = Pattern.compile("\\s(?:will|would|shall)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING_VERB = Pattern.compile(
            "\\b(?:said|says|told\\s+\\S+|noted|added|stated|argued|explained|replied|responded|warned|stressed|"
                    + "confirmed|indicated|insisted|believes|believed|thought|claimed|reported|that)\\s", Pattern.CASE_INSENSITIVE);
    private static final FirstChars REPORTING_VERB_STARTS = FirstChars.of(REPORTING_VERB);
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–•]+|\\(?[a-z0-9]\\))\\s*");
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?:[A-Z][a-z]+\\s+(?:[\\w,’']+\\s+){0,12}?and\\s+)?(?:urge|encourage|ask|request|press|call\\s+on)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION_LEAD = Pattern.compile(
            "^(?:\\s|,|:|-)*(?:(?:that|to|he|she|they|it|we|would|will|also|soon|not|in\\s+principle)\\b\\s*)*",
            Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final TimeNormalizer timeNormalizer;
    private final DuePlanner duePlanner;
    private final ActorResolver actors;
    private final CableContext cable;
    private Region contactRegion;
    private boolean contactInRegion;

    ClauseAnalyzer(Lexicon lexicon, TimeNormalizer timeNormalizer, DuePlanner duePlanner, ActorResolver actors,
                   CableContext cable) {
        this.lexicon = lexicon;
        this.timeNormalizer = timeNormalizer;
        this.duePlanner = duePlanner;
        this.actors = actors;
        this.cable = cable;
    }

    /** The candidate of a clause whose strongest cue is {@code hit}, or null when the clause takes it back. */
    Candidate analyze(Region region, Clause clause, CueHit hit) {
        String text = cable.text();
        String clauseText = text.substring(clause.start(), clause.end());
        String lowerClause = cable.lowerText().substring(clause.start(), clause.end());
        if (isReportedPast(lowerClause)) {
            return null;
        }
        for (Lexicon.Hedge skip : lexicon.skips) {
            if (skip.mayMatch(lowerClause) && skip.search().find(lowerClause)) {
                return null;
            }
        }
        String sentenceText = text.substring(clause.sentenceStart(), clause.end());
        List<TimeExpression> clauseTimes = timeNormalizer.find(clauseText, cable.dct());
        if (timeNormalizer.mentionsPastDate(sentenceText, cable.dct()) && !mentionsFutureTime(clauseTimes)) {
            return null;
        }
        if (isBulletImperative(clauseText, hit, clause)) {
            return null;
        }
        // An aside in brackets ("(he did not offer details)") does not take back the main statement.
        String withoutAsides = ASIDE.matcher(lowerClause).replaceAll(" ");
        double penalty = 0;
        for (Lexicon.Hedge hedge : lexicon.hedges) {
            if (hedge.mayMatch(withoutAsides) && hedge.search().find(withoutAsides)) {
                if (hedge.reject()) {
                    return null;
                }
                penalty = Math.max(penalty, hedge.penalty());
            }
        }
        Cue cue = hit.cue();
        Actor requester = subjectActor(clause, hit);
        Actor actor = actorOf(clause, hit, requester);
        Direction direction = direction(cue.kind(), actor, requester, region, clause, hit);
        if (!actor.known()) {
            actor = defaultActor(cue.kind(), requester, direction, hit.start());
        }
        if (cue.kind() == Kind.REQUEST && direction == Direction.OWED_BY_US && !cable.fromWashington()
                && GENERIC_US.matcher(String.valueOf(actor.name())).matches()) {
            // A counterpart asking a post for "U.S. thinking" is asking Washington: the Department owes it.
            actor = new Actor("Department", null, true, false);
        }
        List<TimeExpression> own = new ArrayList<>();
        List<TimeExpression> conditions = new ArrayList<>();
        collectTimes(clause, hit, clauseTimes, own, conditions);
        DuePlanner.Planned planned = duePlanner.plan(own, conditions, cable.dct());
        String action = action(text, hit, clause, planned.dueText());
        double confidence = cue.confidence() - penalty
                + (actor.named() ? 0.05 : 0)
                + (planned.dueText() != null ? 0.06 : 0)
                - (direction == Direction.THIRD_PARTY && cue.kind() != Kind.PLANNED_DELIVERABLE ? 0.08 : 0)
                - (actor.known() ? 0 : 0.15)
                - (clauseText.length() > 400 ? 0.05 : 0);
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        return new Candidate(region.paragraph(), cue.kind(), actor.name(), actor.org(),
                toWhom(cue.kind(), direction, requester, hit), direction, action, planned.dueText(), planned.due(),
                new Evidence(clause.start(), clause.end(), clauseText), confidence, cue.label() + ": "
                + squash(text.substring(hit.start(), hit.end())), status(lowerClause));
    }

    // ------------------------------------------------------------------ cue

    private boolean mentionsFutureTime(List<TimeExpression> clauseTimes) {
        for (TimeExpression e : clauseTimes) {
            if (e.timeClass() != TimeClass.CONDITION && (e.latest() == null || cable.dct() == null
                    || !e.latest().isBefore(cable.dct()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "-- Urge Pakistan to consider ..." in a list of objectives is a sub-item of the tasking that introduces
     * the list, not a request of its own.
     */
    private static boolean isBulletImperative(String clauseText, CueHit hit, Clause clause) {
        if (hit.cue().kind() != Kind.REQUEST) {
            return false;
        }
        Matcher bullet = BULLET.matcher(clauseText);
        return bullet.lookingAt() && clause.start() + bullet.end() >= hit.start() - 40
                && IMPERATIVE.matcher(clauseText.substring(bullet.end())).lookingAt();
    }

    private boolean isReportedPast(String lowerClause) {
        boolean past = lexicon.past.stream()
                .anyMatch(p -> p.mayMatch(lowerClause) && p.search().find(lowerClause));
        return past && lexicon.open.stream()
                .noneMatch(p -> p.mayMatch(lowerClause) && p.search().find(lowerClause));
    }

    // ------------------------------------------------------------------ actors

    /** Who speaks in the clause: the promiser of SUBJECT cues, the one asking for OBJECT cues. */
    private Actor subjectActor(Clause clause, CueHit hit) {
        String text = cable.text();
        int end = hit.start();
        if (hit.cue().role() == ActorRole.LEADING) {
            Matcher modal = MODAL.matcher(text);
            modal.region(hit.start(), hit.end());
            Actor leading = actors.resolve(text, hit.start(), modal.find() ? modal.start() : hit.end());
            if (leading.known()) {
                return leading;
            }
        }
        int from = clause.start();
        if (hit.cue().role() == ActorRole.SPEAKER) {
            from = clause.sentenceStart();
        }
        int cut = Math.max(text.lastIndexOf(',', end - 1), lastReportingVerbEnd(text, from, end));
        if (cut >= from && cut < end) {
            Actor near = actors.resolve(text, cut + 1, end);
            if (near.known()) {
                return near;
            }
        }
        Actor whole = actors.resolve(text, from, end);
        if (whole.known()) {
            return whole;
        }
        if (clause.sentenceStart() < from) {
            Actor sentence = actors.resolve(text, clause.sentenceStart(), Math.min(from, clause.sentenceStart() + 120));
            if (sentence.known()) {
                return sentence;
            }
        }
        return Actor.UNKNOWN;
    }

    /** "Rizk said the U.S. can help": the subject follows the last reporting verb, not the speaker. */
    private static int lastReportingVerbEnd(String text, int from, int end) {
        // As Matcher.find over [from,end) would, but tried only at word starts the verbs can begin with.
        Matcher m = REPORTING_VERB.matcher(text);
        int last = -1;
        boolean previousIsWord = false;
        for (int p = from; p < end; p++) {
            char c = text.charAt(p);
            boolean word = WordStartSearch.isWordChar(c);
            if (word && !previousIsWord && REPORTING_VERB_STARTS.mayStartWith(c)) {
                m.region(p, end);
                if (m.lookingAt()) {
                    last = m.end() - 1;
                    p = m.end() - 1;
                    word = WordStartSearch.isWordChar(text.charAt(p));
                }
            }
            previousIsWord = word;
        }
        return last;
    }

    private Actor actorOf(Clause clause, CueHit hit, Actor subject) {
        String text = cable.text();
        switch (hit.cue().role()) {
            case SUBJECT:
            case LEADING:
                return subject;
            case SELF:
                return new Actor(cable.selfLabel(), null, true, false);
            case NONE:
                return Actor.UNKNOWN;
            case SPEAKER: {
                Actor speaker = actors.resolve(text, clause.sentenceStart(),
                        Math.min(hit.start(), clause.sentenceStart() + 120));
                return speaker.known() ? speaker : actors.lastPersonBefore(hit.start());
            }
            case POST: {
                Matcher embassy = EMBASSY_NAME.matcher(text);
                embassy.region(clause.start(), clause.end());
                if (embassy.find()) {
                    return new Actor("Embassy " + embassy.group(1), null, true, false);
                }
                return new Actor(cable.postLabel(), null, true, false);
            }
            case AGENT:
            case OBJECT:
            default: {
                int[] span = objectSpan(text, hit.end(), clause.end());
                Actor object = actors.resolve(text, span[0], span[1]);
                if (hit.cue().kind() == Kind.TASKING && object.known() && !object.usSide()) {
                    return new Actor(object.name(), object.org(), true, object.named());
                }
                return object;
            }
        }
    }

    private static int[] objectSpan(String text, int from, int clauseEnd) {
        int limit = Math.min(clauseEnd, from + 120);
        String rest = text.substring(from, limit);
        String trimmed = rest.stripLeading();
        int lead = rest.length() - trimmed.length();
        Matcher that = THAT_CLAUSE_VERB.matcher(trimmed);
        if (that.lookingAt()) {
            int start = from + lead + "that".length();
            return new int[] {start, from + lead + that.end()};
        }
        if (trimmed.regionMatches(true, 0, "to ", 0, 3)) {
            return new int[] {from, from};
        }
        String skipFor = LEADING_PREPOSITION.matcher(trimmed).replaceFirst("");
        int start = from + lead + (trimmed.length() - skipFor.length());
        Matcher stop = OBJECT_STOP.matcher(text);
        stop.region(start, limit);
        int end = stop.find() ? stop.start() : limit;
        return new int[] {start, Math.max(start, end)};
    }

    private Actor defaultActor(Kind kind, Actor requester, Direction direction, int position) {
        if (kind == Kind.TASKING) {
            return new Actor(cable.postLabel(), null, true, false);
        }
        if (direction == Direction.OWED_BY_US) {
            return new Actor(cable.fromWashington() ? "Department" : cable.selfLabel(), null, true, false);
        }
        Actor person = actors.lastPersonBefore(position);
        if (person.known() && !person.usSide()) {
            return person;
        }
        return requester.known() && !requester.usSide() ? requester : Actor.UNKNOWN;
    }

    private Direction direction(Kind kind, Actor actor, Actor requester, Region region, Clause clause, CueHit hit) {
        if (kind == Kind.TASKING) {
            return Direction.OWED_BY_US;
        }
        if (actor.known()) {
            if (actor.usSide()) {
                return Direction.OWED_BY_US;
            }
            if (kind == Kind.REQUEST) {
                return requester.usSide() ? Direction.OWED_TO_US
                        : requester.known() ? Direction.THIRD_PARTY : contactDirection(region, clause, hit);
            }
            return contactDirection(region, clause, hit);
        }
        if (kind == Kind.REQUEST) {
            // An unnamed addressee of a counterpart's request is the U.S. side; of ours, the counterpart.
            return requester.usSide() ? Direction.OWED_TO_US : Direction.OWED_BY_US;
        }
        return contactDirection(region, clause, hit);
    }

    /**
     * A counterpart's commitment is owed to us when it is made to us ("promised the Ambassador"), when its
     * sentence shows us in the exchange, or when its paragraph reports a meeting with us; it is a third
     * party's when made to someone else by name ("assured Wade") or reported with no U.S. part in it.
     */
    private Direction contactDirection(Region region, Clause clause, CueHit hit) {
        String text = cable.text();
        Matcher recipient = RECIPIENT.matcher(text);
        recipient.region(hit.end(), Math.min(clause.end(), hit.end() + 60));
        if (INDIRECT_OBJECT_CUES.contains(hit.cue().label()) && recipient.lookingAt()) {
            Actor to = actors.resolve(text, recipient.start(1), recipient.end(1));
            if (to.known()) {
                return to.usSide() ? Direction.OWED_TO_US : Direction.THIRD_PARTY;
            }
        }
        String sentence = cable.lowerText().substring(clause.sentenceStart(), clause.end());
        for (Lexicon.ContactMarker marker : lexicon.contactMarkers) {
            if (!marker.paragraphWide() && marker.search().find(sentence)) {
                return Direction.OWED_TO_US;
            }
        }
        return paragraphShowsUs(region) ? Direction.OWED_TO_US : Direction.THIRD_PARTY;
    }

    /** Whether the paragraph reports our people in the room; asked once per paragraph. */
    private boolean paragraphShowsUs(Region region) {
        if (region != contactRegion) {
            contactRegion = region;
            String paragraph = cable.lowerText().substring(region.start(), region.end());
            contactInRegion = lexicon.contactMarkers.stream()
                    .anyMatch(m -> m.paragraphWide() && m.search().find(paragraph));
        }
        return contactInRegion;
    }

    private String toWhom(Kind kind, Direction direction, Actor requester, CueHit hit) {
        if (kind == Kind.TASKING) {
            return cable.fromWashington() ? "Department" : requester.known() ? requester.name() : null;
        }
        if (kind == Kind.REQUEST) {
            return requester.known() ? requester.name() : null;
        }
        Matcher recipient = RECIPIENT.matcher(cable.text());
        recipient.region(hit.end(), Math.min(cable.text().length(), hit.end() + 60));
        if (!INDIRECT_OBJECT_CUES.contains(hit.cue().label())) {
            // Only "promised X that", "pledged X to", "assured X": other cues are followed by what, not whom.
            recipient.region(hit.end(), hit.end());
        }
        if (recipient.lookingAt()) {
            return squash(recipient.group(1));
        }
        if (direction == Direction.OWED_TO_US) {
            return cable.fromWashington() ? "Department" : cable.selfLabel();
        }
        return null;
    }

    // ------------------------------------------------------------------ time, action, status

    private void collectTimes(Clause clause, CueHit hit, List<TimeExpression> clauseTimes, List<TimeExpression> own,
                              List<TimeExpression> conditions) {
        String text = cable.text();
        for (TimeExpression e : clauseTimes) {
            TimeExpression absolute = e.shifted(clause.start());
            boolean afterCue = absolute.start() >= hit.start();
            boolean relativeWords = e.timeClass() == TimeClass.ROLLING || e.timeClass() == TimeClass.ASAP
                    || e.timeClass() == TimeClass.UNSPECIFIED;
            if (afterCue || relativeWords) {
                own.add(absolute);
            }
        }
        if (clause.sentenceStart() < clause.start()) {
            String before = text.substring(clause.sentenceStart(), clause.start());
            for (TimeExpression e : timeNormalizer.findConditions(before, cable.dct())) {
                if (e.timeClass() == TimeClass.CONDITION) {
                    conditions.add(e.shifted(clause.sentenceStart()));
                }
            }
        }
        for (TimeExpression e : clauseTimes) {
            if (e.timeClass() == TimeClass.CONDITION && e.start() + clause.start() < hit.start()) {
                own.add(e.shifted(clause.start()));
            }
        }
    }

    private static String action(String text, CueHit hit, Clause clause, String dueText) {
        String rest = text.substring(hit.end(), clause.end());
        if (hit.cue().role() == ActorRole.OBJECT) {
            Matcher to = INFINITIVE.matcher(rest);
            if (to.find() && to.start() < 90) {
                rest = rest.substring(to.start());
            }
        }
        String action = ACTION_LEAD.matcher(squash(rest)).replaceFirst("");
        if (dueText != null) {
            action = action.replace(squash(dueText), "");
        }
        action = TRAILING_PUNCTUATION.matcher(squash(action)).replaceAll("").trim();
        String[] words = action.split(" ");
        if (words.length > 14) {
            action = String.join(" ", java.util.Arrays.copyOf(words, 14)) + " ...";
        }
        if (action.isEmpty()) {
            action = squash(text.substring(hit.start(), hit.end()));
        }
        return action;
    }

    private String status(String clauseText) {
        for (Lexicon.Status status : lexicon.statuses) {
            if (status.search().find(clauseText)) {
                return status.status();
            }
        }
        return null;
    }

    private static String squash(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
