package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * One box over cables (id, subject, TAGS and the text of every paragraph the reader may read) and tracked
 * follow-ups (counterpart, organisation, action, the sentence they were found in), limited to what the reader may
 * see. Cable text: PostgreSQL full-text search, or {@code LIKE} on H2, over a per-paragraph table that carries each
 * paragraph's portion marking (ADR 24, superseding the "text not searched" part of ADR 15).
 */
@Service
@Transactional(readOnly = true)
public class Search {

    public static final int MIN_LENGTH = SearchQuery.MIN_LENGTH;

    private final WorkList workList;
    private final CableTextSearch cableText;

    Search(WorkList workList, CableTextSearch cableText) {
        this.workList = workList;
        this.cableText = cableText;
    }

    /**
     * One page of cables matching every word and "phrase" in text the reader may read, or whose id, subject or TAGS
     * contain the words; best matches first, with a snippet from a readable paragraph.
     *
     * @throws SearchQuery.Refused when the words are too long, too many or hold characters search does not take
     */
    public SearchPage cables(Reader reader, String words, int offset, int limit) {
        return cableText.page(reader, SearchQuery.parse(words), offset, limit);
    }

    /** The first {@code limit} cables, as {@link #cables(Reader, String, int, int)}; none for too few characters. */
    public List<SearchHit> cables(Reader reader, String words, int limit) {
        SearchQuery query = SearchQuery.parseOrNull(words);
        return query == null ? List.of() : cableText.page(reader, query, 0, limit).hits();
    }

    /** Tracked follow-ups (any status) whose cable, counterpart or action match; titles as on the work lists. */
    public List<SearchHit> followUps(Reader reader, String words, int limit) {
        if (words == null || words.strip().length() < MIN_LENGTH) {
            return List.of();
        }
        WorkFilter filter = WorkFilter.open().withStatuses(java.util.EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE,
                WorkStatus.FULFILLED, WorkStatus.WITHDRAWN)).withText(words);
        return workList.page(reader, filter, WorkSort.DUE_FIRST, 0, limit).stream()
                .map(row -> new SearchHit(row.cableId(), row.commitmentId(), row.title(),
                        row.status().name().toLowerCase(Locale.ROOT) + (row.owner() == null ? "" : " · " + row.owner()),
                        row.marking()))
                .toList();
    }

}
