package org.septel.commitment;

import org.septel.cable.ParsedCable;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * The text half of reply matching without its writes, by the keyed lookup (ADR 0027) and by the full scan it
 * replaced: what the contract test compares and the benchmark times. Each match reads "id:passage".
 */
public final class ReplyMatchingProbe {

    private final Commitments commitments;

    public ReplyMatchingProbe(ApplicationContext context) {
        this.commitments = context.getBean(Commitments.class);
    }

    /** Today's path: the keyed lookup, and the matcher on the reply read once. */
    public List<String> prefiltered(ParsedCable reply, LongPredicate which) {
        ReplyText text = ReplyText.of(reply);
        return commitments.openCommitmentsNaming(text).stream().filter(c -> which.test(c.id()))
                .flatMap(c -> ReplyMatcher.byText(text, c.view()).map(p -> c.id() + ":" + p).stream()).toList();
    }

    /** The path before ADR 0027: every open follow-up with an actor, the matcher reading the reply each time. */
    public List<String> fullScan(ParsedCable reply, LongPredicate which) {
        return commitments.allOpenCommitmentsWithActor().stream().filter(c -> which.test(c.id()))
                .flatMap(c -> ReplyMatcher.byText(reply, c.view()).map(p -> c.id() + ":" + p).stream()).toList();
    }

    /** How many commitments the keyed lookup reads for this reply. */
    public int candidates(ParsedCable reply) {
        return commitments.openCommitmentsNaming(ReplyText.of(reply)).size();
    }
}
