package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REF block: finds the cables it names and writes them in canonical form ({@code 08STATE99000}).
 * E-mails, memos, telcons, reports and other documents are skipped.
 */
final class References {

    private static final Pattern REF_START = Pattern.compile("\\s{0,12}REF(?:S|TEL|TELS)?\\s{0,3}:\\s{0,20}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_MARKER_LINE = Pattern.compile("\\s{0,20}¶?\\s?(?:\\([A-Z]\\)|[A-Z][.)])\\s.*",
            Pattern.CASE_INSENSITIVE);
    /** Item separators: "A.", "B)", "(C)", "¶D." between blanks, and ; : , */
    private static final Pattern ITEM_SPLIT = Pattern.compile(
            "(?:(?<=^|\\s)¶?\\s?(?:\\([A-Z]\\)|[A-Z][.)])(?=\\s|$))|[;:,]|\\sAND\\s");
    private static final Pattern YEAR_AND_STATION = Pattern.compile("(\\d{2})([A-Z]{3,20})");
    private static final Set<String> NOT_CABLES = Set.of("E-MAIL", "EMAIL", "E-MAILS", "EMAILS", "MEMO", "MEMCON",
            "MEMORANDUM", "TELCON", "LETTER", "FAX", "IIR", "REPORT", "REPORTS", "MEETING", "CONVERSATION", "PHONE",
            "DISCUSSION", "DISCUSSIONS", "SIPRNET", "DAILY", "WEBSITE", "DIPLOMATIC", "NON-PAPER", "NONPAPER",
            "CALL", "TELEPHONE", "ARTICLE", "PRESS", "INTELLIGENCE", "BRIEFING");
    private static final Set<String> NOT_STATION_WORDS = Set.of("AND", "OF", "FOR", "SEE", "REF", "REFS", "REFTEL",
            "REFTELS", "ALSO", "PARA", "PARAS", "PARAGRAPH", "PARAGRAPHS", "THE", "IN", "ON", "AT", "TO", "FROM", "BY",
            "NOTAL", "PREVIOUS", "AS", "SEPTEL", "EXDIS", "NODIS", "LIMDIS", "A", "AN", "NO", "NUMBER", "NR", "NO.",
            "DATED", "OUR", "YOUR", "THIS", "THAT", "WITH", "ALL", "AMEMBASSY", "AMCONSUL", "EMBASSY");
    private static final Set<String> MONTHS = Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "SEPT", "OCT", "NOV", "DEC", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");
    private static final int MAX_STATION_WORDS = 4;

    private References() {
    }

    /** Index where the reference list starts on a REF line, or -1. */
    static int valueStart(String content) {
        if (content.length() > 2000) {
            return -1;
        }
        Matcher m = REF_START.matcher(content);
        return m.lookingAt() ? m.end() : -1;
    }

    static boolean isItemMarkerLine(String content) {
        return content.length() < 2000 && ITEM_MARKER_LINE.matcher(content).matches();
    }

    /**
     * Canonical ids of the cables named in a REF block's text.
     *
     * @param citingYear two-digit year of the citing cable, used when a reference has no year; -1 if unknown
     */
    static List<String> canonicalIds(String refText, int citingYear) {
        List<String> ids = new ArrayList<>();
        String upper = refText.toUpperCase(Locale.ROOT).replace('\u00B6', ' ');
        for (String item : ITEM_SPLIT.split(upper)) {
            if (!item.isBlank() && !namesOtherDocument(item)) {
                addCablesIn(item, citingYear, ids);
            }
        }
        return ids;
    }

    private static boolean namesOtherDocument(String item) {
        for (String word : item.split("[\\s()\\[\\]/]+")) {
            if (NOT_CABLES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void addCablesIn(String item, int citingYear, List<String> ids) {
        // "(SECTO) 007" names the series in parentheses: keep the word, drop the brackets
        String[] tokens = item.replace('(', ' ').replace(')', ' ').strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = stripPunctuation(tokens[i]);
            if (!isSerial(token) || i == 0) {
                continue;
            }
            List<String> stationWords = new ArrayList<>();
            int year = -1;
            int j = i - 1;
            while (j >= 0 && stationWords.size() < MAX_STATION_WORDS) {
                String word = stripPunctuation(tokens[j]);
                Matcher attached = YEAR_AND_STATION.matcher(word);
                if (attached.matches() && stationWords.isEmpty()) {
                    year = Integer.parseInt(attached.group(1));
                    stationWords.add(0, attached.group(2));
                    break;
                }
                if (!word.matches("[A-Z][A-Z\\-]{1,20}") || NOT_STATION_WORDS.contains(word)) {
                    if (word.matches("\\d{4}|\\d{2}") && !stationWords.isEmpty()) {
                        year = Integer.parseInt(word) % 100;
                    }
                    break;
                }
                stationWords.add(0, word);
                j--;
            }
            if (stationWords.isEmpty() || MONTHS.contains(stationWords.get(stationWords.size() - 1))) {
                continue;
            }
            if (tokens[i - 1].endsWith(")") || item.contains("(" + stationWords.get(stationWords.size() - 1) + ")")) {
                stationWords = List.of(stationWords.get(stationWords.size() - 1));
            }
            int effectiveYear = year >= 0 ? year : citingYear;
            if (effectiveYear < 0) {
                continue;
            }
            String id = canonical(effectiveYear, String.join(" ", stationWords), Long.parseLong(token));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    /** {@code 8, "BUENOS AIRES", 56} gives {@code 08BUENOSAIRES56}; SECSTATE is written STATE. */
    static String canonical(int twoDigitYear, String station, long serial) {
        StringBuilder id = new StringBuilder(station.length() + 10);
        int year = Math.floorMod(twoDigitYear, 100);
        id.append((char) ('0' + year / 10)).append((char) ('0' + year % 10));
        String upper = station.toUpperCase(Locale.ROOT);
        if (upper.equals("SECSTATE")) {
            upper = "STATE";
        }
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c != ' ' && c != '-' && !Character.isWhitespace(c)) {
                id.append(c);
            }
        }
        return id.append(serial).toString();
    }

    private static boolean isSerial(String token) {
        if (token.isEmpty() || token.length() > 7) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return Long.parseLong(token) > 0;
    }

    private static String stripPunctuation(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
            to--;
        }
        return token.substring(from, to);
    }
}
