package org.septel.reporting;

/**
 * One search result: a cable (commitmentId null) or a follow-up, with the words to show.
 *
 * @param title the cable's subject, or the follow-up's title; never text withheld from the reader
 */
public record SearchHit(String cableId, Long commitmentId, String title, String detail, String marking) {

    public boolean isCable() {
        return commitmentId == null;
    }
}
