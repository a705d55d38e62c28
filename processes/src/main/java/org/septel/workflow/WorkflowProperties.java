package org.septel.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultDeskGroup the group that reviews cables until desk routing decides otherwise
 * @param reviewBusinessDays business days a desk has to review a newly filed cable
 * @param managerGroup the group that handles overdue follow-ups
 * @param reminderBusinessDays business days before a hard due date on which the owner is reminded
 * @param undatedChaseBusinessDays business days after confirmation to chase an item that has no date at all
 */
@ConfigurationProperties("septel.workflow")
public record WorkflowProperties(String defaultDeskGroup, int reviewBusinessDays, String managerGroup,
        int reminderBusinessDays, int undatedChaseBusinessDays) {

    public WorkflowProperties {
        if (defaultDeskGroup == null || defaultDeskGroup.isBlank()) {
            defaultDeskGroup = "desk-officers";
        }
        if (reviewBusinessDays <= 0) {
            reviewBusinessDays = 2;
        }
        if (managerGroup == null || managerGroup.isBlank()) {
            managerGroup = "managers";
        }
        if (reminderBusinessDays <= 0) {
            reminderBusinessDays = 3;
        }
        if (undatedChaseBusinessDays <= 0) {
            undatedChaseBusinessDays = 10;
        }
    }
}
