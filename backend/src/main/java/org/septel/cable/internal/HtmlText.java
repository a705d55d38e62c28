package org.septel.cable.internal;

/** Minimal HTML handling for the text inside a {@code <pre>} block: drop tags, decode character references. */
final class HtmlText {

    private static final int MAX_ENTITY_LENGTH = 10;

    private HtmlText() {
    }

    static String stripTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        // once no '>' is left, later '<' cannot open a tag; remembering that keeps this linear
        boolean closeLeft = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<' && closeLeft && isTagStart(s, i)) {
                int close = s.indexOf('>', i);
                if (close < 0) {
                    closeLeft = false;
                } else {
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isTagStart(String s, int i) {
        return i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/'
                || s.charAt(i + 1) == '!');
    }

    static String decode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                int semicolon = indexOfWithin(s, ';', i + 1, i + 1 + MAX_ENTITY_LENGTH);
                if (semicolon > i) {
                    String decoded = entity(s.substring(i + 1, semicolon));
                    if (decoded != null) {
                        out.append(decoded);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int indexOfWithin(String s, char c, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            case "para" -> "\u00B6";
            default -> null;
        };
    }
}
