package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.septel.workflow.FollowUpVariables;
import org.springframework.stereotype.Component;

import java.util.List;

/** The collection the case's multi-instance "Track each follow-up" runs over: {@code ${followUpIds.of(execution)}}. */
@Component("followUpIds")
public class FollowUpIds {

    public List<Long> of(DelegateExecution execution) {
        return FollowUpVariables.splitIds((String) execution.getVariable(FollowUpVariables.COMMITMENT_IDS));
    }
}
