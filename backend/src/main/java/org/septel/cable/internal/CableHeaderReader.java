package org.septel.cable.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the id, subject, date-time group and classification from a cable's text: just enough to file it.
 * Patterns are anchored and bounded so that no input can make them backtrack badly.
 */
public final class CableHeaderReader {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{0,40})\\]\\(#\\)");
    private static final Pattern CLASSIFICATION_LINE = Pattern.compile(
            "^(UNCLAS(?:SIFIED)?|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S? ?E ?C ?R ?E ?T)"
                    + "(?:\\s{1,5}(?:E ?F ?T ?O|SECTION \\d{1,2} OF \\d{1,2}))?\\s{1,5}([A-Z][A-Z ]{0,40}?)\\s{1,5}0*([1-9][0-9]{0,8})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DTG_LINE = Pattern.compile(
            "^[ZOPR](?: [ZOPR])? ([0-3][0-9])([0-2][0-9])([0-5][0-9])Z ([A-Z]{3}) ([0-9]{2})\\s*$");
    private static final String PORTION_MARK = "\\((?:[UCS]|SBU|FOUO|[CS] ?/ ?NF|[CS] ?/ ?REL [A-Z ,]{2,30})\\)";
    private static final Pattern PORTION_MARK_AT_START = Pattern.compile("^" + PORTION_MARK + "\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PORTION_MARK_AT_END = Pattern.compile("\\s*" + PORTION_MARK + "$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    public Optional<CableHeader> read(String text) {
        String[] lines = MARKDOWN_LINK.matcher(text).replaceAll("$1").split("\\r?\\n", -1);
        Instant dtg = null;
        String station = null;
        String serial = null;
        String classification = null;
        String subject = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (dtg == null) {
                dtg = dateTimeGroup(line);
            }
            if (station == null) {
                Matcher m = CLASSIFICATION_LINE.matcher(line);
                if (m.matches()) {
                    classification = normaliseClassification(m.group(1));
                    station = m.group(2).replace(" ", "").toUpperCase(Locale.ROOT);
                    serial = m.group(3);
                }
            }
            if (subject == null && line.regionMatches(true, 0, "SUBJECT:", 0, 8)) {
                subject = subjectFrom(lines, i);
            }
        }
        if (station == null || dtg == null) {
            return Optional.empty();
        }
        String year = String.format("%02d", dtg.atZone(ZoneOffset.UTC).getYear() % 100);
        return Optional.of(new CableHeader(year + station + serial, subject, dtg, classification));
    }

    private static Instant dateTimeGroup(String line) {
        Matcher m = DTG_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            int twoDigitYear = Integer.parseInt(m.group(5));
            int year = twoDigitYear >= 50 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
            String monthName = m.group(4).charAt(0) + m.group(4).substring(1).toLowerCase(Locale.ROOT);
            int month = MONTH.parse(monthName).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
            return LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    private static String normaliseClassification(String written) {
        String letters = written.replace(" ", "").toUpperCase(Locale.ROOT);
        if (letters.startsWith("UNCLAS")) {
            return "UNCLASSIFIED";
        }
        return letters.startsWith("C") ? "CONFIDENTIAL" : "SECRET";
    }

    private static String subjectFrom(String[] lines, int first) {
        StringBuilder subject = new StringBuilder(lines[first].strip().substring(8).strip());
        for (int i = first + 1; i < lines.length && i < first + 6; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("REF") || line.regionMatches(true, 0, "Classified By", 0, 13)) {
                break;
            }
            subject.append(' ').append(line);
        }
        String joined = PORTION_MARK_AT_END.matcher(PORTION_MARK_AT_START.matcher(subject).replaceFirst(""))
                .replaceFirst("").strip();
        return joined.isEmpty() ? null : joined;
    }
}
