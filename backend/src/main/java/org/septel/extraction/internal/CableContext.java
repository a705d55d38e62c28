package org.septel.extraction.internal;

import java.time.LocalDate;

/**
 * What one cable run needs besides the text: a lower-cased copy with the same offsets, its date and how to name
 * the U.S. offices it speaks of.
 */
record CableContext(String text, String lowerText, LocalDate dct, String selfLabel, String postLabel,
                    boolean fromWashington) {
}
