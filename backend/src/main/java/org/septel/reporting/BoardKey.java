package org.septel.reporting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where one open follow-up is counted on the board: the cable's desk and clearance (for the reader's scope), owner,
 * counterpart organisation, TAGS, due date and whether the timer marked it late. No field is null (see V62).
 */
record BoardKey(String desk, int classRank, boolean noforn, String owner, String org, String tags, LocalDate dueDate,
        boolean late) {

    /** Stands for "no due date" in a key column. */
    static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);
    static final int TAG_MAX_LENGTH = 64;

    /** The row of {@code board_count} this key adds to (everything but the TAGS). */
    CountKey count() {
        return new CountKey(desk, classRank, noforn, owner, org, dueDate, late);
    }

    /** The rows of {@code board_tag_count}: one per distinct TAGS word, or one "" for none. */
    Set<TagKey> tagKeys() {
        Set<TagKey> keys = new LinkedHashSet<>();
        for (String word : words(tags)) {
            keys.add(new TagKey(word, desk, classRank, noforn, dueDate, late));
        }
        return keys;
    }

    static Set<String> words(String tags) {
        Set<String> words = new LinkedHashSet<>();
        if (tags != null) {
            for (String word : tags.strip().toUpperCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word.length() > TAG_MAX_LENGTH ? word.substring(0, TAG_MAX_LENGTH) : word);
                }
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    record CountKey(String desk, int classRank, boolean noforn, String owner, String org, LocalDate dueDate,
            boolean late) implements Comparable<CountKey> {

        @Override
        public int compareTo(CountKey o) {
            return (desk + '\0' + classRank + noforn + '\0' + owner + '\0' + org + '\0' + dueDate + late)
                    .compareTo(o.desk + '\0' + o.classRank + o.noforn + '\0' + o.owner + '\0' + o.org + '\0' + o.dueDate + o.late);
        }
    }

    record TagKey(String tag, String desk, int classRank, boolean noforn, LocalDate dueDate, boolean late)
            implements Comparable<TagKey> {

        @Override
        public int compareTo(TagKey o) {
            return (tag + '\0' + desk + '\0' + classRank + noforn + '\0' + dueDate + late)
                    .compareTo(o.tag + '\0' + o.desk + '\0' + o.classRank + o.noforn + '\0' + o.dueDate + o.late);
        }
    }
}
