package org.septel.cable.internal;

import java.util.regex.Pattern;

/** Recognises the start of the header fields that end a wrapped field (SUBJECT, REF, Classified By ...). */
final class FieldStarts {

    private static final Pattern FIELD = Pattern.compile(
            "(?:SUBJECT|SUBJ|REF|REFS|REFTEL|REFTELS|TAGS|CLASSIFIED\\s{1,3}BY|DECL|SIPDIS|NOFORN)\\b\\s{0,3}:?.*"
                    + "|E\\.?\\s?O\\.?\\s{0,2}1\\d{4}.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EO = Pattern.compile("(?:^|\\s)E\\.?\\s?O\\.?\\s{0,2}1\\d{4}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASSIFIED_BY = Pattern.compile("\\s{0,12}(?:\\(U\\)\\s{0,3})?CLASSIFIED\\s{1,3}BY\\b.*",
            Pattern.CASE_INSENSITIVE);

    private FieldStarts() {
    }

    static boolean startsField(String stripped) {
        return stripped.length() < 2000 && FIELD.matcher(stripped).matches();
    }

    /** Index of an "E.O. 12958" style instruction in the line, or -1. */
    static int eoIndex(String content) {
        if (content.length() > 600 || !mentionsEo(content)) {
            return -1;
        }
        var m = EO.matcher(content);
        if (!m.find()) {
            return -1;
        }
        return Character.isWhitespace(content.charAt(m.start())) ? m.start() + 1 : m.start();
    }

    private static boolean mentionsEo(String content) {
        return content.contains("E.O") || content.contains("EO ") || content.contains("E.o") || content.contains("e.o")
                || content.contains("E. O") || content.contains("EO1") || content.contains("E O ");
    }

    static boolean isClassifiedBy(String content) {
        return content.length() < 2000 && CLASSIFIED_BY.matcher(content).matches();
    }
}
