package org.septel.reporting;

import java.util.List;

/** One page of cable search results and how many there are in all (counted with the same scope). */
public record SearchPage(List<SearchHit> hits, long total) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
