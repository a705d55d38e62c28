package org.septel.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Matches candidates to gold items (same paragraph, overlapping evidence; each used once, best overlap first)
 * and keeps the counts behind precision, recall and F1, overall and per kind.
 */
final class Scorecard {

    record Pair(GoldItem gold, Candidate candidate) {
    }

    final List<Pair> matched = new ArrayList<>();
    final List<GoldItem> missed = new ArrayList<>();
    final List<Candidate> spurious = new ArrayList<>();
    final List<String> spuriousCables = new ArrayList<>();
    private int goldCount;
    private int candidateCount;
    private final Map<Kind, int[]> perKind = new EnumMap<>(Kind.class);
    private final List<double[]> confidenceOutcomes = new ArrayList<>();

    /** The extractor's score over every gold cable. */
    static Scorecard of(FollowUpExtractor extractor) {
        Scorecard scorecard = new Scorecard();
        for (String id : TestCables.goldIds()) {
            org.septel.cable.ParsedCable cable = TestCables.parse(id);
            scorecard.add(id, GoldSet.load(id, cable), extractor.extract(cable));
        }
        scorecard.finish();
        return scorecard;
    }

    void add(String cableId, List<GoldItem> gold, List<Candidate> candidates) {
        goldCount += gold.size();
        candidateCount += candidates.size();
        boolean[] used = new boolean[candidates.size()];
        for (GoldItem item : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (used[i] || !Objects.equals(c.paragraph(), item.paragraph())) {
                    continue;
                }
                int overlap = Math.min(c.evidence().end(), item.end()) - Math.max(c.evidence().start(), item.start());
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched.add(new Pair(item, candidates.get(best)));
            } else {
                missed.add(item);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            confidenceOutcomes.add(new double[] {candidates.get(i).confidence(), used[i] ? 1 : 0});
            if (!used[i]) {
                spurious.add(candidates.get(i));
                spuriousCables.add(cableId);
            }
        }
        for (Kind kind : Kind.values()) {
            int[] counts = perKind.computeIfAbsent(kind, k -> new int[3]);
            counts[1] += (int) gold.stream().filter(g -> g.kind() == kind).count();
            counts[2] += (int) candidates.stream().filter(c -> c.kind() == kind).count();
        }
    }

    /** Called once all cables are in: per-kind true positives need both sides of the pair. */
    void finish() {
        for (Pair pair : matched) {
            if (pair.gold().kind() == pair.candidate().kind()) {
                perKind.get(pair.gold().kind())[0]++;
            }
        }
    }

    double precision() {
        return candidateCount == 0 ? 0 : (double) matched.size() / candidateCount;
    }

    double recall() {
        return goldCount == 0 ? 0 : (double) matched.size() / goldCount;
    }

    double f1() {
        return f1(precision(), recall());
    }

    double dueTextAccuracy() {
        return matched.isEmpty() ? 0 : (double) matched.stream()
                .filter(p -> p.gold().dueTextMatches(p.candidate().dueText())).count() / matched.size();
    }

    double kindAccuracy() {
        return share(p -> p.gold().kind() == p.candidate().kind());
    }

    double directionAccuracy() {
        return share(p -> p.gold().direction() == p.candidate().direction());
    }

    double actorAccuracy() {
        return share(p -> actorAgrees(p.gold().actor(), p.candidate().actor()));
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "gold items %d, candidates %d, matched %d%n",
                goldCount, candidateCount, matched.size()));
        out.append(String.format(Locale.ROOT, "overall    P %.3f  R %.3f  F1 %.3f%n", precision(), recall(), f1()));
        for (Kind kind : Kind.values()) {
            int[] c = perKind.get(kind);
            double p = c[2] == 0 ? 0 : (double) c[0] / c[2];
            double r = c[1] == 0 ? 0 : (double) c[0] / c[1];
            out.append(String.format(Locale.ROOT, "%-20s P %.3f  R %.3f  F1 %.3f  (gold %d, found %d, both %d)%n",
                    kind.jsonName(), p, r, f1(p, r), c[1], c[2], c[0]));
        }
        out.append(String.format(Locale.ROOT,
                "among matched: due_text right %.3f, kind right %.3f, direction right %.3f, actor agrees %.3f%n",
                dueTextAccuracy(), kindAccuracy(), directionAccuracy(), actorAccuracy()));
        out.append("reliability: precision by confidence band (what a desk officer sorting by confidence sees)\n");
        for (Band band : reliability()) {
            out.append(String.format(Locale.ROOT, "  [%.2f, %.2f)  %3d candidates, precision %.2f%n",
                    band.from(), Math.min(1, band.to()), band.candidates(), band.precision()));
        }
        return out.toString();
    }

    /** A confidence band [from, to) and the share of its candidates that match a gold item. */
    record Band(double from, double to, int candidates, double precision) {
    }

    static final double[] BAND_EDGES = {0, 0.5, 0.7, 0.85, 1.01};

    List<Band> reliability() {
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b + 1 < BAND_EDGES.length; b++) {
            double from = BAND_EDGES[b];
            double to = BAND_EDGES[b + 1];
            int n = 0;
            int ok = 0;
            for (double[] outcome : confidenceOutcomes) {
                if (outcome[0] >= from && outcome[0] < to) {
                    n++;
                    ok += outcome[1] > 0 ? 1 : 0;
                }
            }
            bands.add(new Band(from, to, n, n == 0 ? 0 : (double) ok / n));
        }
        return bands;
    }

    String details() {
        StringBuilder out = new StringBuilder();
        for (GoldItem g : missed) {
            out.append(String.format(Locale.ROOT, "MISSED %s p%s %s: %s%n", g.cableId(), g.paragraph(),
                    g.kind().jsonName(), g.quote()));
        }
        for (int i = 0; i < spurious.size(); i++) {
            Candidate c = spurious.get(i);
            out.append(String.format(Locale.ROOT, "EXTRA  %s p%s %s %.2f [%s]: %s%n", spuriousCables.get(i),
                    c.paragraph(), c.kind().jsonName(), c.confidence(), c.cue(), squash(c.evidence().text())));
        }
        for (Pair pair : matched) {
            GoldItem g = pair.gold();
            Candidate c = pair.candidate();
            boolean dueOk = g.dueTextMatches(c.dueText());
            boolean dirOk = g.direction() == c.direction();
            boolean kindOk = g.kind() == c.kind();
            if (!dueOk || !dirOk || !kindOk) {
                out.append(String.format(Locale.ROOT,
                        "DIFF   %s p%s gold[%s %s due=%s] got[%s %s due=%s actor=%s]: %s%n", g.cableId(),
                        g.paragraph(), g.kind().jsonName(), g.direction().jsonName(), g.dueText(),
                        c.kind().jsonName(), c.direction().jsonName(), c.dueText(), c.actor(), g.quote()));
            }
        }
        return out.toString();
    }

    private double share(java.util.function.Predicate<Pair> ok) {
        return matched.isEmpty() ? 0 : (double) matched.stream().filter(ok).count() / matched.size();
    }

    private static boolean actorAgrees(String gold, String got) {
        if (gold == null || got == null) {
            return gold == null && got == null;
        }
        String a = gold.toLowerCase(Locale.ROOT);
        String b = got.toLowerCase(Locale.ROOT);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        for (String word : b.split("[\\s.]+")) {
            if (word.length() >= 4 && a.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String squash(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
