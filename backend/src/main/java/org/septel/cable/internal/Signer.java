package org.septel.cable.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signature at the end of a cable: a name on its own last line, or an upper-case name ending the last line. */
final class Signer {

    private static final Pattern NAME_LINE = Pattern.compile("[A-Z][A-Za-z'\\-]{1,25}(?: [A-Z][A-Za-z'\\-.]{0,25}){0,2}");
    private static final Pattern NAME_AFTER_SENTENCE = Pattern.compile(".*[.!?)\"]\\s{1,5}([A-Z][A-Z'\\-]{2,25})");
    private static final Set<String> NOT_NAMES = Set.of("END", "COMMENT", "TEXT", "SUMMARY", "THANK", "YOU", "POINTS",
            "NOTE", "CLOSING", "MINIMIZE", "CONSIDERED", "SIPDIS", "NOFORN", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET",
            "SENSITIVE", "UNCLAS", "ENDS", "BT", "NNNN", "SEPTEL", "MESSAGE", "CABLE", "REGARDS", "BACKGROUND",
            "INTRODUCTION", "CONCLUSION", "ACTION", "REQUEST", "NONE", "USG", "GOI", "EMBASSY", "POST", "DEPARTMENT");

    private Signer() {
    }

    /** Index of the line holding the signer found by {@link #find}, for paragraph trimming; -1 if none. */
    static int lineIndex(List<SourceLine> lines, int from, int to) {
        int last = lastContentLine(lines, from, to);
        if (last < 0) {
            return -1;
        }
        return fromWholeLine(lines.get(last).content()) != null ? last : -1;
    }

    static String find(List<SourceLine> lines, int from, int to) {
        int last = lastContentLine(lines, from, to);
        if (last < 0) {
            return null;
        }
        String content = lines.get(last).content();
        String name = fromWholeLine(content);
        if (name != null) {
            return name;
        }
        Matcher m = content.length() < 5000 ? NAME_AFTER_SENTENCE.matcher(content.stripTrailing()) : null;
        if (m != null && m.matches() && !NOT_NAMES.contains(m.group(1))) {
            return m.group(1);
        }
        return null;
    }

    private static String fromWholeLine(String content) {
        String s = content.strip();
        if (s.length() > 40 || !NAME_LINE.matcher(s).matches()) {
            return null;
        }
        String[] words = s.toUpperCase(Locale.ROOT).split(" ");
        for (String word : words) {
            if (NOT_NAMES.contains(word.replace(".", ""))) {
                return null;
            }
        }
        boolean mixedCase = !s.equals(s.toUpperCase(Locale.ROOT));
        if (mixedCase && words.length > 1 && s.endsWith(".")) {
            return null;
        }
        if (words.length == 2 && words[0].equals(words[1])) {
            return words[0];
        }
        return String.join(" ", words);
    }

    private static int lastContentLine(List<SourceLine> lines, int from, int to) {
        int looked = 0;
        for (int j = to - 1; j >= from && looked < 40; j--) {
            String content = lines.get(j).content();
            if (content.isBlank() || NoiseLines.isNoise(content)) {
                looked++;
                continue;
            }
            return j;
        }
        return -1;
    }
}
