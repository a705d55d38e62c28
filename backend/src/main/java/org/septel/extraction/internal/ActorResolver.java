package org.septel.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words around a cue into an actor: a tracked person (also via "he", "who" or a surname), a U.S.-side
 * office ("we", "Embassy", "the Department"), or the counterpart's own words ("the QDF", "Canadian officials").
 * The leftmost of these in the phrase wins, because that is the head of the noun phrase.
 */
final class ActorResolver {

    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:\\s|,|--|-|\\([A-Z/ ]{1,14}\\)|\\(|comment\\s*:|note\\s*:|fyi\\s*:|while\\b|as\\b|although\\b|and\\b|but\\b|that\\b|nonetheless\\b|also\\b|similarly\\b|then\\b|however\\b|"
                    + "meanwhile\\b|in\\s+turn\\b|thus\\b|so\\b|separately\\b|finally\\b|moreover\\b|instead\\b|"
                    + "for\\s+(?:his|her|its|their)\\s+part\\b)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NP_END = Pattern.compile(
            "[,;:]|\\s+(?:who|which|that|to|in|on|at|with|about|during|after|for)\\s+");
    private static final Pattern POSSESSIVE_TAIL = Pattern.compile("[’'],?s\\b.*$");
    private static final Pattern QUOTES = Pattern.compile("[\"“”()]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ADVERB = Pattern.compile("(?i)\\w+ly|also|then|now|again|still|even");
    private static final Pattern VERB_AFTER_HEAD = Pattern.compile(
            "(?<=\\S)\\s+(?-i:(?:[a-z]+ed|said|says|made|makes|told|will|would|can|could|should|may|might|must|has|"
                    + "have|had|is|are|was|were|does|did|plans?|expects?|hopes?|wants?|seeks?|intends?|agreed|"
                    + "promised|noted|also|then|nonetheless|similarly|reportedly))\\b");
    private static final Pattern PREPOSITION_START = Pattern.compile(
            "(?i)(?:after|before|on|in|at|during|with|when|while|although|despite|according|noting|given|since|"
                    + "following|under|for|from|by|as|if|once)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|her|his)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YOU = Pattern.compile("\\b(?:you|your)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINERS = Pattern.compile(
            "^(?:(?:the|a|an|his|her|their|its|local|some|several|all|both|other|these|those)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_ADVERBS = Pattern.compile(
            "(?:\\s+(?:\\w+ly|also|nonetheless|then|again|now|later|too|still|even|already|finally|first|"
                    + "initially|formally|officially|had|has|have|was|were|is|are|would|will|could|did|does))+$",
            Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final MentionTracker mentions;
    private final String selfLabel;

    ActorResolver(Lexicon lexicon, MentionTracker mentions, String selfLabel) {
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.selfLabel = selfLabel;
    }

    String selfLabel() {
        return selfLabel;
    }

    /** The actor named in {@code text[from,to)}, or {@link Actor#UNKNOWN}. */
    Actor resolve(String text, int from, int to) {
        if (from >= to) {
            return Actor.UNKNOWN;
        }
        Matcher filler = LEADING_FILLER.matcher(text);
        filler.region(from, to);
        int start = filler.lookingAt() ? filler.end() : from;
        if (start >= to) {
            return Actor.UNKNOWN;
        }
        String phrase = text.substring(start, to);
        List<Candidate> candidates = new ArrayList<>();
        Mention named = mentions.firstMentionWithin(start, to);
        if (named != null) {
            // A person's mention includes the title that introduces it ("U/S Burns"), so it wins the tie.
            candidates.add(new Candidate(named.start() - start, personActor(named.person())));
        }
        Matcher relative = RELATIVE.matcher(phrase);
        if (relative.find()) {
            Person before = mentions.lastPersonBefore(start + relative.start());
            if (before != null) {
                candidates.add(new Candidate(relative.start(), personActor(before)));
            }
        }
        Matcher pronoun = PRONOUN.matcher(phrase);
        if (pronoun.find()) {
            Person before = mentions.lastPersonBefore(start + pronoun.start());
            if (before != null) {
                candidates.add(new Candidate(pronoun.start(), personActor(before)));
            }
        }
        Matcher you = YOU.matcher(phrase);
        if (you.find()) {
            candidates.add(new Candidate(you.start(), new Actor(usLabel("SELF"), null, true, false)));
        }
        String lowerPhrase = phrase.toLowerCase(java.util.Locale.ROOT);
        for (Lexicon.UsTerm term : lexicon.usTerms) {
            if (!term.mayMatch(lowerPhrase)) {
                continue;
            }
            Matcher m = term.pattern().matcher(phrase);
            if (m.find() && !foreignJustBefore(phrase, m.start())) {
                String label = term.label().equals("PERSON") ? titleCase(m.group()) : usLabel(term.label());
                candidates.add(new Candidate(m.start(), new Actor(label, null, true, false)));
            }
        }
        if (candidates.isEmpty()) {
            String np = nounPhrase(phrase);
            return np == null ? Actor.UNKNOWN : new Actor(np, null, false, false);
        }
        candidates.sort((a, b) -> a.at() != b.at() ? Integer.compare(a.at(), b.at())
                : Boolean.compare(!a.actor().named(), !b.actor().named()));
        Candidate first = candidates.get(0);
        String np = nounPhrase(phrase);
        int npAt = np == null ? -1 : phrase.indexOf(np);
        if (np != null && npAt >= 0 && npAt < first.at() && !first.actor().usSide() && first.at() > 0
                && Character.isUpperCase(np.charAt(0)) && !PREPOSITION_START.matcher(np).lookingAt()
                && !np.equalsIgnoreCase(first.actor().name())) {
            // "Local World Bank officials have promised": the phrase's own head beats a later mention.
            return new Actor(np, null, false, false);
        }
        return first.actor();
    }

    /** The last person named before a position, as an actor (for "he" at the start of a clause). */
    Actor lastPersonBefore(int position) {
        Person person = mentions.lastPersonBefore(position);
        return person == null ? Actor.UNKNOWN : personActor(person);
    }

    String usLabel(String label) {
        return label.equals("SELF") ? selfLabel : label;
    }

    private boolean foreignJustBefore(String phrase, int at) {
        String before = phrase.substring(Math.max(0, at - 25), at);
        return lexicon.hasForeignMarker(before);
    }

    private static Actor personActor(Person person) {
        return new Actor(person.fullName(), person.org(), person.usSide(), true);
    }

    private static String nounPhrase(String phrase) {
        String cut = NP_END.split(phrase, 2)[0];
        Matcher verb = VERB_AFTER_HEAD.matcher(cut);
        if (verb.find()) {
            cut = cut.substring(0, verb.start());
        }
        cut = DETERMINERS.matcher(cut.trim()).replaceFirst("");
        cut = TRAILING_ADVERBS.matcher(cut).replaceFirst("").trim();
        cut = POSSESSIVE_TAIL.matcher(cut).replaceAll("");
        cut = QUOTES.matcher(cut).replaceAll("");
        cut = TRAILING_PUNCTUATION.matcher(cut).replaceAll("").trim();
        if (cut.isEmpty() || WHITESPACE.split(cut).length > 6 || cut.equalsIgnoreCase("it")
                || ADVERB.matcher(cut).matches()
                || cut.equalsIgnoreCase("they") || cut.equalsIgnoreCase("this") || cut.equalsIgnoreCase("there")) {
            return null;
        }
        return cut;
    }

    private static String titleCase(String text) {
        String trimmed = WHITESPACE.matcher(text.trim()).replaceAll(" ");
        if (trimmed.contains("/") || trimmed.length() <= 5) {
            return trimmed.toUpperCase(Locale.ROOT).equals(trimmed) ? trimmed : trimmed;
        }
        return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private record Candidate(int at, Actor actor) {
    }
}
