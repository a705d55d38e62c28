package org.septel.calendar;

/** A new feed: the secret token is shown to its owner this once and never stored. */
public record IssuedFeed(String token, String path, boolean insideNetwork) {

    @Override
    public String toString() {
        return "IssuedFeed[path hidden, insideNetwork=" + insideNetwork + "]";
    }
}
