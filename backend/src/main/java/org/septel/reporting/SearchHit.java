package org.septel.reporting;

/**
 * One search result: a cable (commitmentId null) or a follow-up, with the words to show.
 *
 * @param title the cable's subject, or the follow-up's title; never text withheld from the reader
 * @param snippet for a cable found by its text, words around the match from a paragraph the reader may read;
 *        null when it was found by id, subject or TAGS only, and for follow-ups
 */
public record SearchHit(String cableId, Long commitmentId, String title, String detail, String marking, Snippet snippet) {

    public SearchHit(String cableId, Long commitmentId, String title, String detail, String marking) {
        this(cableId, commitmentId, title, detail, marking, null);
    }

    public boolean isCable() {
        return commitmentId == null;
    }
}
