/**
 * Workflow: the glue between the process engine and the domain modules. Starts a case for each filed cable and
 * offers the people who work cases their open work items. Process variables hold ids and dates, never copies of
 * domain data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.septel.workflow;
