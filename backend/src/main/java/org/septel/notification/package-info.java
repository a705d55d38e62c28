/**
 * Notifications: e-mail to desk officers and managers (reminders, overdue notices, reply matches, a weekly digest),
 * written to an outbox in the transaction of the change they report and sent from there exactly once per notice.
 * Mail text is built only from what the mail clearance (UNCLASSIFIED by default) may read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.septel.notification;
