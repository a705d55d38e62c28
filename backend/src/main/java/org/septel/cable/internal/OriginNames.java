package org.septel.cable.internal;

import java.util.Locale;
import java.util.Set;

/** Turns the FM line's sender ({@code AMEMBASSY NEW DELHI}) into the listing form ({@code Embassy New Delhi}). */
final class OriginNames {

    /** Abbreviations that stay upper-case when the rest of a name is capitalised. */
    private static final Set<String> ACRONYMS = Set.of("USNATO", "USUN", "USEU", "UNVIE", "RPO", "USOSCE", "USOECD",
            "UNESCO", "NATO", "EU", "UN", "US", "USTR", "USAID", "IAEA", "OSCE", "OECD", "ICAO", "FAO", "WASHDC", "DC");

    private OriginNames() {
    }

    static String fromSender(String sender) {
        String s = Addressees.clean(sender).toUpperCase(Locale.ROOT);
        int paren = s.indexOf('(');
        if (paren > 0) {
            s = s.substring(0, paren).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals("SECSTATE WASHDC") || s.equals("SECSTATE") || s.equals("SECSTATE WASHINGTON DC")) {
            return "Secretary of State";
        }
        if (s.startsWith("AMEMBASSY ")) {
            return "Embassy " + capitalise(s.substring(10));
        }
        if (s.startsWith("AMCONSUL ")) {
            return "Consulate " + capitalise(s.substring(9));
        }
        if (s.startsWith("USINT ")) {
            return "US Interests Section " + capitalise(s.substring(6));
        }
        if (s.startsWith("USMISSION USUN")) {
            return "USUN" + (s.length() > 14 ? " " + capitalise(s.substring(14).strip()) : "");
        }
        if (s.startsWith("USMISSION ")) {
            return "Mission " + capitalise(s.substring(10));
        }
        return capitalise(s);
    }

    static String capitalise(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        for (String word : upper.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (ACRONYMS.contains(word) || word.length() < 2) {
                out.append(word);
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
