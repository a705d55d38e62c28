package org.septel.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultDeskGroup the group that reviews cables until desk routing decides otherwise
 * @param reviewBusinessDays business days a desk has to review a newly filed cable
 * @param managerGroup the group that handles overdue follow-ups
 */
@ConfigurationProperties("septel.workflow")
public record WorkflowProperties(String defaultDeskGroup, int reviewBusinessDays, String managerGroup) {

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
    }
}
