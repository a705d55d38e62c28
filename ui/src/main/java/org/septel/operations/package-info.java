/**
 * What an operator needs to run Septel: its own metrics (cables filed, follow-ups open and overdue, the job
 * executor's backlog, failed jobs and incidents) and an administrators' endpoint to list incidents and retry failed
 * jobs. Exposed through Spring Boot Actuator, for administrators only (see docs/operations.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.septel.operations;
