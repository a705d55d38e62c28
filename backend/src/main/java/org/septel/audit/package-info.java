/**
 * Audit trail: every change to audited entities (review decisions, clearances) is kept by Hibernate Envers in
 * {@code *_aud} tables, with who made it and when, and can be read back as a history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.septel.audit;
