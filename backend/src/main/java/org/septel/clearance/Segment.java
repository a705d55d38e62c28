package org.septel.clearance;

/**
 * A run of a cable's text as one reader may see it: either the text itself, or, for a withheld paragraph, only a
 * label such as "paragraph 3 - withheld (S)". {@code start}/{@code end} index the filed text.
 */
public record Segment(int start, int end, String text, String withheldLabel) {

    public boolean isWithheld() {
        return withheldLabel != null;
    }

    public String shown() {
        return isWithheld() ? withheldLabel : text;
    }
}
