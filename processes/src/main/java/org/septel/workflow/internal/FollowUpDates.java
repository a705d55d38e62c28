package org.septel.workflow.internal;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.septel.commitment.CommitmentView;
import org.septel.extraction.BusinessCalendar;
import org.septel.workflow.FollowUpVariables;
import org.septel.workflow.WorkflowProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;

/**
 * The timer dates of a follow-up, on the business calendar: the reminder some business days before a hard due
 * date, and, for an item with no date at all, a chase date some business days from now.
 */
@Component
public class FollowUpDates {

    private final BusinessCalendar calendar = BusinessCalendar.usFederal();
    private final WorkflowProperties properties;
    private final Clock clock;

    FollowUpDates(WorkflowProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void apply(VariableScope scope, CommitmentView commitment) {
        apply((BiConsumer<String, Object>) scope::setVariable, commitment);
    }

    /** The timer variables of the commitment, into a map for a task re-entered after its owner moved the date. */
    public void apply(BiConsumer<String, Object> scope, CommitmentView commitment) {
        LocalDate due = commitment.dueDate();
        LocalDate followUp = commitment.followUpDate();
        if (due == null && followUp == null) {
            followUp = calendar.plusBusinessDays(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    properties.undatedChaseBusinessDays());
        }
        LocalDate remindOn = due == null ? null : calendar.minusBusinessDays(due, properties.reminderBusinessDays());
        FollowUpVariables.setDates(scope, due, followUp, remindOn);
    }
}
