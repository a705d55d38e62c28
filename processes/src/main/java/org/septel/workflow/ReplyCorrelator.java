package org.septel.workflow;

import org.septel.cable.CableRegistered;
import org.septel.commitment.Commitments;
import org.septel.commitment.ReplyMatchView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a cable is filed, asks the commitments whether it may be the reply to any open follow-up (by its REF block
 * or by counterpart and action) and puts each match to the owner. Runs in the filing transaction, like the case
 * starter, so a match and its task commit together with the cable or not at all.
 */
@Component
class ReplyCorrelator {

    private final Commitments commitments;
    private final FollowUpSignals signals;

    ReplyCorrelator(Commitments commitments, FollowUpSignals signals) {
        this.commitments = commitments;
        this.signals = signals;
    }

    @EventListener
    void on(CableRegistered event) {
        for (ReplyMatchView match : commitments.matchReplies(event.cableId(), event.parsed())) {
            signals.replyReceived(match.commitmentId(), match.replyCableId());
        }
    }
}
