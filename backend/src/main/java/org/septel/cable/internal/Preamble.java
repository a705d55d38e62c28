package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields between the classification line and the first paragraph: caveats, TAGS, SUBJECT, the REF block
 * and "Classified By". {@code end} is the index of the last line they use.
 */
record Preamble(List<String> caveats, List<String> tags, String subject, String referenceText, int end) {

    private static final int CAVEAT_ZONE_LINES = 15;
    private static final int MAX_REF_LINES = 20;
    private static final int MAX_SUBJECT_LINES = 6;

    /** Fields from {@code fallback} (a Fritz print's form) where this preamble has none. */
    Preamble withFallback(Preamble fallback) {
        return new Preamble(caveats, tags.isEmpty() ? fallback.tags : tags,
                subject == null ? fallback.subject : subject,
                referenceText == null ? fallback.referenceText : referenceText, end);
    }

    static Preamble read(List<SourceLine> lines, int clsIndex, ClassificationLine cls, int limit) {
        List<String> tags = new ArrayList<>();
        String subject = null;
        String referenceText = null;
        int end = clsIndex;
        boolean inCaveatZone = cls != null;
        StringBuilder caveatZone = new StringBuilder();
        int start = Math.max(clsIndex, 0);
        for (int i = start; i < limit; i++) {
            SourceLine line = i == clsIndex && cls != null ? lines.get(i).tail(cls.restIndex()) : lines.get(i);
            String content = line.content();
            if (i != clsIndex && NoiseLines.isNoise(content)) {
                continue;
            }
            if (i > clsIndex && startsParagraph(content)) {
                break;
            }
            int eo = FieldStarts.eoIndex(content);
            if (inCaveatZone) {
                caveatZone.append(eo >= 0 ? content.substring(0, eo) : content).append('\n');
                if (eo >= 0 || TagsLine.valueStart(content) >= 0 || SubjectLine.valueStart(content) >= 0
                        || i - start >= CAVEAT_ZONE_LINES) {
                    inCaveatZone = false;
                }
            }
            if (eo >= 0) {
                end = i;
            }
            int value;
            if (tags.isEmpty() && (value = TagsLine.valueStart(content)) >= 0) {
                TagsLine.addTokens(content.substring(value), tags);
                int j = i + 1;
                while (j < lines.size() && j <= i + TagsLine.maxContinuationLines()
                        && TagsLine.isContinuation(lines.get(j).content())) {
                    TagsLine.addTokens(lines.get(j).content(), tags);
                    j++;
                }
                end = i = j - 1;
            } else if (subject == null && (value = SubjectLine.valueStart(content)) >= 0) {
                StringBuilder joined = new StringBuilder(content.substring(value));
                int j = i + 1;
                int last = i;
                while (j < lines.size() && j <= i + MAX_SUBJECT_LINES) {
                    String next = lines.get(j).content();
                    if (NoiseLines.isNoise(next)) {
                        j++;
                        continue;
                    }
                    if (SubjectLine.endsSubject(next)) {
                        break;
                    }
                    joined.append(' ').append(next.strip());
                    last = j;
                    j++;
                }
                subject = SubjectLine.finish(joined.toString());
                end = i = last;
            } else if (referenceText == null && (value = References.valueStart(content)) >= 0) {
                StringBuilder block = new StringBuilder(content.substring(value));
                end = i = readReferenceBlock(lines, i + 1, block);
                referenceText = block.toString();
            } else if (FieldStarts.isClassifiedBy(content)) {
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).isBlank() && !startsParagraph(lines.get(j).content())
                        && !FieldStarts.startsField(lines.get(j).trimmed()) && j <= i + 4) {
                    j++;
                }
                end = i = j - 1;
            }
        }
        List<String> caveats = new ArrayList<>();
        Caveats.collect(caveatZone.toString(), caveats);
        return new Preamble(caveats, tags, subject, referenceText, end);
    }

    /** Reads REF continuation lines into {@code block}; returns the index of the last line used. */
    private static int readReferenceBlock(List<SourceLine> lines, int from, StringBuilder block) {
        int last = from - 1;
        for (int j = from; j < lines.size() && j < from + MAX_REF_LINES; j++) {
            String content = lines.get(j).content();
            if (NoiseLines.isNoise(content)) {
                continue;
            }
            if (content.isBlank()) {
                int next = nextNonBlank(lines, j + 1);
                if (next < 0 || next > j + 2 || !References.isItemMarkerLine(lines.get(next).content())) {
                    break;
                }
                continue;
            }
            String s = content.strip();
            if (FieldStarts.startsField(s) || FieldStarts.isClassifiedBy(content) || startsParagraph(content)
                    || wordsWithLowerCase(s) > 6) {
                break;
            }
            block.append(' ').append(s);
            last = j;
        }
        return last;
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int j = from; j < lines.size() && j < from + 3; j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int wordsWithLowerCase(String s) {
        int count = 0;
        for (String word : s.split("\\s+")) {
            for (int k = 0; k < word.length(); k++) {
                if (Character.isLowerCase(word.charAt(k))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    static boolean startsParagraph(String content) {
        ParagraphStart start = ParagraphStart.match(content);
        return start != null && (start.pilcrow() || start.marking() != null || start.number() == 1);
    }
}
