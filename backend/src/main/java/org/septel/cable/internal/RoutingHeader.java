package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The FM / TO / INFO lines of the routing header (or the "From:" line of a Fritz print when there is no FM). */
record RoutingHeader(String sender, List<String> to, List<String> info) {

    private static final Pattern FM = Pattern.compile("\\s{0,4}FM\\s{1,6}\\S.{0,200}");
    private static final Pattern FRITZ_FROM = Pattern.compile("\\s{0,4}From:\\s{1,20}\\S.{0,200}");
    private static final int MAX_ADDRESSEE_LINES = 300;

    static RoutingHeader read(List<SourceLine> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String content = lines.get(i).content();
            if (content.contains("FM") && FM.matcher(content).matches()) {
                return readAddressees(content.strip().substring(2).strip(), lines, i + 1, lines.size());
            }
        }
        for (int i = from; i < to; i++) {
            String content = lines.get(i).content();
            if (content.contains("From:") && FRITZ_FROM.matcher(content).matches()) {
                return new RoutingHeader(content.strip().substring(5).strip(), List.of(), List.of());
            }
        }
        return null;
    }

    private static RoutingHeader readAddressees(String sender, List<SourceLine> lines, int from, int limit) {
        List<String> to = new ArrayList<>();
        List<String> info = new ArrayList<>();
        List<String> current = null;
        for (int i = from; i < limit && i < from + MAX_ADDRESSEE_LINES; i++) {
            String content = lines.get(i).content();
            String s = content.strip();
            if (s.isEmpty() || ClassificationLine.parse(content) != null || DateTimeGroup.parseDtg(content) != null
                    || DateTimeGroup.parseWikiLeaksDate(content) != null || s.startsWith("FM ")) {
                break;
            }
            if (NoiseLines.isRoutingSlip(content)) {
                continue;
            }
            if (s.startsWith("TO ")) {
                current = to;
                s = s.substring(3);
            } else if (s.startsWith("INFO ")) {
                current = info;
                s = s.substring(5);
            } else if (current == null || countLowerCase(s) > 2 || FieldStarts.startsField(s)) {
                break;
            }
            String addressee = Addressees.clean(s);
            if (!addressee.isEmpty()) {
                current.add(addressee);
            }
        }
        return new RoutingHeader(sender, to, info);
    }

    private static int countLowerCase(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
