/**
 * Calendar feeds: each person's open follow-ups as an iCalendar feed behind a secret, revocable token. Text above
 * UNCLASSIFIED goes into a feed only when its owner asked for one kept inside the network.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar feeds")
package org.septel.calendar;
