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

    record Hedge(Pattern pattern, boolean reject, double penalty) {
    }

    record UsTerm(Pattern pattern, String label) {
    }

    record Status(String status, Pattern pattern) {
    }

    record ContactMarker(Pattern pattern, boolean paragraphWide) {
    }

    /** ASCII case folding only: the cue words are English, and Unicode folding per character is slow. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** For lists applied to lower-cased text: case folding per character is the slow part of matching. */
    private static final int LOWER = 0;

    final List<Cue> cues = new ArrayList<>();
    /** Hedges, skips, past, open, statuses and contact markers match lower-cased text. */
    final List<Hedge> hedges = new ArrayList<>();
    final List<Pattern> skips = new ArrayList<>();
    final List<Pattern> past = new ArrayList<>();
    final List<Pattern> open = new ArrayList<>();
    final List<Status> statuses = new ArrayList<>();
    final List<UsTerm> usTerms = new ArrayList<>();
    final Set<String> abbreviations = new HashSet<>();
    final List<ContactMarker> contactMarkers = new ArrayList<>();
    final Pattern foreignMarker;
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
                    cols[4], needs, needsBefore, List.of(cols[7].split(","))));
        }
        List<String> rejects = new ArrayList<>();
        for (String line : lines("hedges.tsv")) {
            String[] cols = line.split("\t");
            if (cols[0].equals("REJECT")) {
                rejects.add(cols[1]);
            } else {
                hedges.add(new Hedge(Pattern.compile(cols[1], LOWER), false, Double.parseDouble(cols[0])));
            }
        }
        hedges.add(0, new Hedge(Pattern.compile(String.join("|", rejects), LOWER), true, 1.0));
        // One alternation scans a clause once instead of once per line.
        skips.add(Pattern.compile(String.join("|", lines("skips.tsv")), LOWER));
        for (String line : lines("past.tsv")) {
            String[] cols = line.split("\t");
            (cols[0].equals("OPEN") ? open : past).add(Pattern.compile(cols[1], LOWER));
        }
        for (String line : lines("status.tsv")) {
            String[] cols = line.split("\t");
            statuses.add(new Status(cols[0], Pattern.compile(cols[1], LOWER)));
        }
        for (String line : lines("us-side.tsv")) {
            String[] cols = line.split("\t");
            usTerms.add(new UsTerm(Pattern.compile(cols[0], FLAGS), cols[1]));
        }
        for (String line : lines("contact-markers.tsv")) {
            String[] cols = line.split("\t");
            contactMarkers.add(new ContactMarker(Pattern.compile(cols[1], LOWER), cols[0].equals("paragraph")));
        }
        titleWords.addAll(lines("title-words.txt"));
        for (String line : lines("abbreviations.txt")) {
            abbreviations.add(line.trim().toLowerCase(Locale.ROOT));
        }
        foreignMarker = Pattern.compile("\\b(?:" + String.join("|", lines("foreign-markers.txt")) + ")\\b");
        // Titles start a word with a capital (or "head"/"leader"): failing fast elsewhere keeps the scan cheap.
        title = Pattern.compile("(?<![\\w/])(?=[A-Zhl])(?:" + String.join("|", lines("titles.txt")) + ")");
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
