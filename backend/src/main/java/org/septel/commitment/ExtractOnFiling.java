package org.septel.commitment;

import org.septel.cable.CableRegistered;
import org.septel.extraction.Candidate;
import org.septel.extraction.FollowUpExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Finds the follow-ups of a newly filed cable, inside the filing transaction, so the review task finds them there. */
@Component
class ExtractOnFiling {

    private static final Logger log = LoggerFactory.getLogger(ExtractOnFiling.class);

    private final FollowUpCandidateRepository candidates;
    private final FollowUpExtractor extractor;

    ExtractOnFiling(FollowUpCandidateRepository candidates, FollowUpExtractor extractor) {
        this.candidates = candidates;
        this.extractor = extractor;
    }

    @EventListener
    void on(CableRegistered event) {
        List<Candidate> found = extractor.extract(event.parsed());
        for (int position = 0; position < found.size(); position++) {
            candidates.save(new FollowUpCandidate(event.cableId(), position, found.get(position)));
        }
        log.info("Found {} follow-up candidates in cable {}", found.size(), event.cableId());
    }
}
