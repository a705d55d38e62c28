package org.septel.extraction.internal;

import java.util.List;

/** A person the cable introduces; {@code aliases} are the name parts later mentions may use. */
record Person(String fullName, String org, boolean usSide, List<String> aliases) {
}
