package org.septel.api;

import java.util.List;

/**
 * One page of a list: the items, which page of what size (pages count from 0), how many there are in all (null
 * where the list does not count them, as in search), and whether a later page has more.
 */
record PageResponse<T>(List<T> items, int page, int size, Long total, boolean hasMore) {

    static <T> PageResponse<T> counted(List<T> items, Paging paging, long total) {
        return new PageResponse<>(items, paging.page(), paging.size(), total, paging.offset() + items.size() < total);
    }
}
