package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Handling caveats written between the classification line and the E.O. line, in first-seen order. */
final class Caveats {

    private static final String[] CAVEATS = {"FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE", "SIPDIS", "NOFORN",
            "SENSITIVE"};

    private Caveats() {
    }

    static void collect(String zoneText, List<String> into) {
        String upper = zoneText.toUpperCase(Locale.ROOT);
        List<int[]> found = new ArrayList<>();
        for (int c = 0; c < CAVEATS.length; c++) {
            int from = 0;
            while (true) {
                int at = upper.indexOf(CAVEATS[c], from);
                if (at < 0) {
                    break;
                }
                if (isWordBoundary(upper, at - 1) && isWordBoundary(upper, at + CAVEATS[c].length())) {
                    found.add(new int[] {at, c});
                    break;
                }
                from = at + 1;
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] hit : found) {
            String caveat = CAVEATS[hit[1]];
            if (!into.contains(caveat)) {
                into.add(caveat);
            }
        }
    }

    private static boolean isWordBoundary(String s, int index) {
        return index < 0 || index >= s.length() || !Character.isLetterOrDigit(s.charAt(index));
    }
}
