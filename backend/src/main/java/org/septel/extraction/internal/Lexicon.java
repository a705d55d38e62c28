package org.septel.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.septel.extraction.Kind;

/** The word lists under /extraction/, compiled once; immutable after construction. */
final class Lexicon {

    /** {@code triggers}: fragments one of which the lower-cased clause must hold for the regex to be tried. */
    record Hedge(WordStartSearch search, boolean reject, double penalty, String[] triggers) {

        boolean mayMatch(String lowerClause) {
            for (String trigger : triggers) {
                if (lowerClause.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    record UsTerm(Pattern pattern, String label, String[] triggers) {

        boolean mayMatch(String lowerPhrase) {
            for (String trigger : triggers) {
                if (lowerPhrase.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Status(String status, WordStartSearch search) {
    }

    record ContactMarker(WordStartSearch search, boolean paragraphWide) {
    }

    /** ASCII case folding only: the cue words are English, and Unicode folding per character is slow. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** For lists applied to lower-cased text: case folding per character is the slow part of matching. */
    private static final int LOWER = 0;

    final List<Cue> cues = new ArrayList<>();
    /** The cues by falling confidence, lexicon order among equals: the first that matches a clause wins. */
    final List<Cue> cuesByConfidence;
    /** What each of {@link #cuesByConfidence} can start with, in the same order. */
    final List<FirstChars> cueFirstChars;
    /** The trigger fragments by their first letters, for the one pass per cable that finds them. */
    final TriggerIndex.Fragments triggerTable;
    /** Distinct trigger fragments of all cues; a cue refers to them by index. */
    final List<String> triggerFragments = new ArrayList<>();
    /** Hedges, skips, past, open, statuses and contact markers match lower-cased text. */
    final List<Hedge> hedges = new ArrayList<>();
    /** Boilerplate that never carries a follow-up; kept as reject-only hedges with their trigger fragments. */
    final List<Hedge> skips = new ArrayList<>();
    final List<Hedge> past = new ArrayList<>();
    final List<Hedge> open = new ArrayList<>();
    final List<Status> statuses = new ArrayList<>();
    final List<UsTerm> usTerms = new ArrayList<>();
    final Set<String> abbreviations = new HashSet<>();
    final List<ContactMarker> contactMarkers = new ArrayList<>();
    /** Single words and two-word names ("South African") that mark a counterpart. */
    private final Set<String> foreignWords = new HashSet<>();
    final Pattern title;
    final Set<String> titleWords = new HashSet<>();

    Lexicon() {
        String verbs = String.join("|", lines("commitment-verbs.txt"));
        String handover = String.join("|", lines("handover-verbs.txt"));
        for (String line : lines("cues.tsv")) {
            String[] cols = line.split("\t");
            Pattern needs = cols.length > 5 && !cols[5].isBlank()
                    ? Pattern.compile(cols[5].replace("{VERBS}", verbs), FLAGS) : null;
            Pattern needsBefore = cols.length > 6 && !cols[6].isBlank() ? Pattern.compile(cols[6], FLAGS) : null;
            cues.add(new Cue(Kind.fromJsonName(cols[0]), Double.parseDouble(cols[1]),
                    ActorRole.valueOf(cols[2]), Pattern.compile(cols[3].replace("{VERBS}", verbs).replace("{HANDOVER}", handover), FLAGS),
                    cols[4], needs, needsBefore, triggerIds(cols[7].split(","))));
        }
        List<Cue> sorted = new ArrayList<>(cues);
        sorted.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        cuesByConfidence = List.copyOf(sorted);
        cueFirstChars = sorted.stream().map(cue -> FirstChars.of(cue.pattern())).toList();
        triggerTable = new TriggerIndex.Fragments(triggerFragments);
        for (String line : lines("hedges.tsv")) {
            String[] cols = line.split("\t");
            boolean reject = cols[0].equals("REJECT");
            hedges.add(new Hedge(wordStart(cols[1]), reject, reject ? 1.0 : Double.parseDouble(cols[0]),
                    cols[2].split(",")));
        }
        for (String line : lines("skips.tsv")) {
            String[] cols = line.split("\t");
            skips.add(new Hedge(wordStart(cols[0]), true, 1.0, cols[1].split(",")));
        }
        for (String line : lines("past.tsv")) {
            String[] cols = line.split("\t");
            (cols[0].equals("OPEN") ? open : past).add(new Hedge(wordStart(cols[1]), true, 1.0,
                    cols[2].split(",")));
        }
        for (String line : lines("status.tsv")) {
            String[] cols = line.split("\t");
            statuses.add(new Status(cols[0], wordStart(cols[1])));
        }
        for (String line : lines("us-side.tsv")) {
            String[] cols = line.split("\t");
            usTerms.add(new UsTerm(Pattern.compile(cols[0], FLAGS), cols[1], cols[2].split(",")));
        }
        for (String line : lines("contact-markers.tsv")) {
            String[] cols = line.split("\t");
            contactMarkers.add(new ContactMarker(wordStart(cols[1]), cols[0].equals("paragraph")));
        }
        titleWords.addAll(lines("title-words.txt"));
        for (String line : lines("abbreviations.txt")) {
            abbreviations.add(line.trim().toLowerCase(Locale.ROOT));
        }
        for (String line : lines("foreign-markers.txt")) {
            for (String entry : line.split("\\|")) {
                foreignWords.add(entry.replace("\\s+", " ").trim());
            }
        }
        // Titles start a word with a capital (or "head"/"leader"): failing fast elsewhere keeps the scan cheap.
        title = Pattern.compile("(?<![\\w/])(?=[A-Zhl])(?:" + String.join("|", lines("titles.txt")) + ")");
    }

    /** Lists matched on lower-cased clauses are searched at word starts only (see {@link WordStartSearch}). */
    private static WordStartSearch wordStart(String regex) {
        return WordStartSearch.of(Pattern.compile(regex, LOWER));
    }

    private int[] triggerIds(String[] fragments) {
        int[] ids = new int[fragments.length];
        for (int i = 0; i < fragments.length; i++) {
            int id = triggerFragments.indexOf(fragments[i]);
            if (id < 0) {
                id = triggerFragments.size();
                triggerFragments.add(fragments[i]);
            }
            ids[i] = id;
        }
        return ids;
    }

    int[] triggerLengths() {
        return triggerFragments.stream().mapToInt(String::length).toArray();
    }

    /**
     * Whether {@code text} names a nationality or host-government acronym; a word lookup, since a regex
     * alternation of two hundred names costs more than the rest of the people tracking.
     */
    boolean hasForeignMarker(String text) {
        String previous = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                if (foreignWords.contains(word) || previous != null && foreignWords.contains(previous + " " + word)) {
                    return true;
                }
                previous = word;
            }
        }
        return false;
    }

    private static List<String> lines(String name) {
        String resource = "/extraction/" + name;
        List<String> result = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.stripLeading().replaceAll("[\\r\\n]+$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
