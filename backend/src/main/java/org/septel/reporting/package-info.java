/**
 * Reporting: read models for the work lists and the managers' boards (My work, overdue board, slippage, counterpart
 * ledger, weekly overdue report, search). Plain SQL over the commitment, candidate and cable tables, paged, sorted
 * and filtered in the database, with the reader's desk and clearance applied inside each query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.septel.reporting;
