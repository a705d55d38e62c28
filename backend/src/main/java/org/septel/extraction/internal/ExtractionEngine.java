package org.septel.extraction.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.septel.cable.ParsedCable;
import org.septel.extraction.Candidate;
import org.septel.extraction.ExtractionPolicy;
import org.septel.extraction.SentenceSplitting;

/**
 * The pipeline behind {@code FollowUpExtractor}: regions, people, clauses, cues, actors, dates. Holds only
 * immutable lexicons and rules; all per-cable state lives in objects made per call, so one engine serves any
 * number of threads.
 */
public final class ExtractionEngine {

    private static final Pattern ADDRESSEE = Pattern.compile(
            "\\b(?:AMEMBASSY|AMCONSUL|USMISSION|AMEMB)\\s+([A-Z]+(?:\\s+[A-Z]+)?)|\\b(USUN\\s+NEW\\s+YORK|USNATO|USEU)\\b");

    private final Lexicon lexicon = new Lexicon();
    private final SentenceSplitter splitter = new SentenceSplitter(lexicon.abbreviations);
    private final RegionFinder regionFinder = new RegionFinder();
    private final TimeNormalizer timeNormalizer;
    private final DuePlanner duePlanner;
    private final double minimumConfidence;

    /** Null: the splitter's own sentence rules; else sentences from there, cut into clauses by the splitter. */
    private final SentenceSplitting otherSentences;

    public ExtractionEngine(ExtractionPolicy policy) {
        this(policy, null);
    }

    public ExtractionEngine(ExtractionPolicy policy, SentenceSplitting otherSentences) {
        this.timeNormalizer = new TimeNormalizer(policy);
        this.duePlanner = new DuePlanner(policy);
        this.minimumConfidence = policy.minimumConfidence();
        this.otherSentences = otherSentences;
    }

    public SentenceSplitting sentenceSplitting() {
        return otherSentences != null ? otherSentences : splitter::sentences;
    }

    public List<Candidate> extract(ParsedCable cable) {
        String text = cable.text() == null ? "" : cable.text();
        boolean fromWashington = isFromWashington(cable);
        String selfLabel = selfLabel(cable, fromWashington);
        char[] lower = TriggerIndex.lowerCase(text);
        CableContext context = new CableContext(text, new String(lower),
                cable.dtg() == null ? null : LocalDate.ofInstant(cable.dtg(), ZoneOffset.UTC),
                selfLabel, fromWashington ? postLabel(cable) : selfLabel, fromWashington);
        List<Region> regions = regionFinder.regions(cable, context.lowerText());
        MentionTracker mentions = new MentionTracker(lexicon);
        CueFinder cues = new CueFinder(lexicon, text, lower);
        ClauseAnalyzer analyzer = new ClauseAnalyzer(lexicon, timeNormalizer, duePlanner,
                new ActorResolver(lexicon, mentions, selfLabel), context);
        List<Candidate> candidates = new ArrayList<>();
        int scanned = 0;
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            if (!cues.anyTriggerWithin(region.start(), region.end())) {
                continue; // no cue can match here: neither split nor analyse
            }
            List<Clause> clauses = otherSentences == null ? splitter.clauses(text, region.start(), region.end())
                    : splitter.clausesOf(text, otherSentences.sentences(text, region.start(), region.end()));
            for (Clause clause : clauses) {
                CueHit hit = cues.strongest(clause);
                if (hit == null) {
                    continue;
                }
                // People are tracked in text order, and only as far as a clause with a cue needs them.
                for (; scanned <= r; scanned++) {
                    mentions.scan(text, regions.get(scanned).start(), regions.get(scanned).end());
                }
                Candidate candidate = analyzer.analyze(region, clause, hit);
                if (candidate != null && candidate.confidence() >= minimumConfidence) {
                    candidates.add(candidate);
                }
            }
        }
        return List.copyOf(candidates);
    }

    private static boolean isFromWashington(ParsedCable cable) {
        String origin = cable.origin() == null ? "" : cable.origin().toUpperCase(Locale.ROOT);
        String id = cable.id() == null ? "" : cable.id().toUpperCase(Locale.ROOT);
        return origin.contains("SECRETARY OF STATE") || origin.contains("SECSTATE") || origin.equals("STATE")
                || origin.contains("DEPARTMENT OF STATE") || id.matches("\\d{2}STATE\\d+");
    }

    private static String selfLabel(ParsedCable cable, boolean fromWashington) {
        if (fromWashington) {
            return "Department";
        }
        if (cable.origin() != null && !cable.origin().isBlank()) {
            return cable.origin().trim();
        }
        String id = cable.id() == null ? "" : cable.id();
        Matcher station = Pattern.compile("^\\d{2}([A-Z]+?)\\d+$").matcher(id);
        return station.matches() ? "Embassy " + titleCase(station.group(1)) : "Embassy";
    }

    private static String postLabel(ParsedCable cable) {
        if (cable.to() != null) {
            for (String addressee : cable.to()) {
                Matcher m = ADDRESSEE.matcher(addressee.toUpperCase(Locale.ROOT));
                if (m.find()) {
                    return m.group(1) != null ? "Embassy " + titleCase(m.group(1)) : m.group(2).replaceAll("\\s+", " ");
                }
            }
        }
        return "Post";
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
