package org.septel.cable.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SUBJECT field (also SUBJ:), joined over its wrapped lines, without a leading or trailing portion mark. */
final class SubjectLine {

    private static final Pattern SUBJECT = Pattern.compile("\\s{0,12}SUBJ(?:ECT)?\\s{0,3}:\\s{0,20}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_MARK = Pattern.compile(
            "^\\(\\s{0,2}(?:U|SBU|C|S|TS)(?:\\s{0,2}//?\\s{0,2}[A-Za-z ]{1,20})?\\s{0,2}\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_MARK = Pattern.compile(
            "\\s*\\(\\s{0,2}(?:U|SBU|C|S|TS)(?:\\s{0,2}//?\\s{0,2}[A-Za-z ]{1,20})?\\s{0,2}\\)$", Pattern.CASE_INSENSITIVE);

    private SubjectLine() {
    }

    /** Index where the subject text starts in the line, or -1 when the line is no SUBJECT line. */
    static int valueStart(String content) {
        if (content.length() > 2000) {
            return -1;
        }
        Matcher m = SUBJECT.matcher(content);
        return m.lookingAt() ? m.end() : -1;
    }

    /** A wrapped subject ends at a blank line or at the next field. */
    static boolean endsSubject(String content) {
        String s = content.strip();
        return s.isEmpty() || FieldStarts.startsField(s) || FieldStarts.isClassifiedBy(content)
                || ParagraphStart.looksLikeParagraph(content);
    }

    static String finish(String joined) {
        String s = joined.replaceAll("\\s{2,}", " ").strip();
        s = LEADING_MARK.matcher(s).replaceFirst("");
        s = TRAILING_MARK.matcher(s).replaceFirst("");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
