package org.septel.extraction.internal;

/** A stretch of cable text to scan; {@code paragraph} is null outside numbered paragraphs. */
record Region(Integer paragraph, int start, int end) {
}
