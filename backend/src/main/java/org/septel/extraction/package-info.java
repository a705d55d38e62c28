/**
 * Follow-up extraction: finds the promises, requests, taskings and planned deliverables in a parsed cable, with
 * who owes what to whom and by when, and the cue that explains each find. Pure Java, deterministic; lexicons and
 * date policy live in {@code src/main/resources/extraction/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package org.septel.extraction;
