/**
 * Exports: any follow-up list (and the overdue report) as CSV or XLSX, with the work list's columns and each row's
 * marking. Rows come from the reporting read models with the reader's scope, so an export never holds more than
 * the screen would show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package org.septel.export;
