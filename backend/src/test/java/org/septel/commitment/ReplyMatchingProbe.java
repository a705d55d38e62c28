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

    public List<String> prefiltered(ParsedCable reply, LongPredicate which) {
        return matches(commitments.openCommitmentsNaming(reply), reply, which);
    }

    public List<String> fullScan(ParsedCable reply, LongPredicate which) {
        return matches(commitments.allOpenCommitmentsWithActor(), reply, which);
    }

    /** How many commitments the keyed lookup reads for this reply. */
    public int candidates(ParsedCable reply) {
        return commitments.openCommitmentsNaming(reply).size();
    }

    private static List<String> matches(List<Commitment> read, ParsedCable reply, LongPredicate which) {
        return read.stream().filter(c -> which.test(c.id()))
                .flatMap(c -> ReplyMatcher.byText(reply, c.view()).map(p -> c.id() + ":" + p).stream()).toList();
    }
}
