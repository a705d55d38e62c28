package org.septel.extraction.internal;

/** A place in the cable text where a person is named, by full name, surname or title. */
record Mention(int start, int end, Person person) {
}
