/**
 * Commitments: the follow-ups found in each filed cable, as candidates a desk officer confirms, edits or rejects.
 * Every decision is kept with the candidate as it was found, so the extractor's precision can be reported from data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments")
package org.septel.commitment;
