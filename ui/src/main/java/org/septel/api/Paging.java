package org.septel.api;

/** Checks page and size parameters: pages count from 0; a page holds 1 to 500 items. */
record Paging(int page, int size) {

    static final int MAX_SIZE = 500;

    static Paging of(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size is 1 to " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE - MAX_SIZE) {
            throw new IllegalArgumentException("page is too far");
        }
        return new Paging(page, size);
    }

    int offset() {
        return page * size;
    }
}
