/**
 * Security: form login for people, HTTP Basic for the engine's REST API, and single sign-on from the Septel login
 * into Camunda's Cockpit, Tasklist and Admin. Only administrators reach the engine's tools.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.septel.security;
