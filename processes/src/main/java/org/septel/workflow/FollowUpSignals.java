package org.septel.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.septel.cable.CableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What the outside world tells a running follow-up: a later cable that may be its reply, or the date of the event
 * or condition it hangs on. Each is a BPMN message correlated by the commitment id; a follow-up not waiting for the
 * message (already closed, or already confirming a reply) is left alone, so telling it twice is harmless.
 */
@Service
public class FollowUpSignals {

    private static final Logger log = LoggerFactory.getLogger(FollowUpSignals.class);

    private final RuntimeService runtime;

    FollowUpSignals(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Puts the proposed reply before the follow-up's owner as a "Confirm fulfilment" task. Returns whether one opened. */
    @Transactional
    public boolean replyReceived(long commitmentId, CableId replyCableId) {
        List<MessageCorrelationResult> results = runtime.createMessageCorrelation(FollowUpVariables.MESSAGE_REPLY_RECEIVED)
                .processInstanceVariableEquals(FollowUpVariables.COMMITMENT_ID, commitmentId)
                .setVariable(FollowUpVariables.REPLY_CABLE_ID, replyCableId.value())
                .correlateAllWithResult();
        log.info("Reply {} for commitment {}: {} follow-up(s) now confirming", replyCableId, commitmentId, results.size());
        return !results.isEmpty();
    }

    /** The anchored follow-up's date is known: it proceeds as a dated one. Returns whether one was waiting. */
    @Transactional
    public boolean anchorKnown(long commitmentId, LocalDate dueDate, String by) {
        List<MessageCorrelationResult> results = runtime.createMessageCorrelation(FollowUpVariables.MESSAGE_ANCHOR_KNOWN)
                .processInstanceVariableEquals(FollowUpVariables.COMMITMENT_ID, commitmentId)
                .setVariable(FollowUpVariables.ANCHOR_DATE, dueDate.toString())
                .setVariable(FollowUpVariables.DECIDED_BY, by)
                .correlateAllWithResult();
        return !results.isEmpty();
    }
}
