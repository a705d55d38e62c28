package org.septel.extraction.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.septel.extraction.Kind;

/**
 * One line of cues.tsv. {@code needs}, when present, must match the clause text right after the cue;
 * {@code needsBefore} must occur in the clause before it (a reporting verb ahead of "he would").
 */
record Cue(Kind kind, double confidence, ActorRole role, Pattern pattern, String label, Pattern needs,
           Pattern needsBefore, List<String> triggers) {

}
