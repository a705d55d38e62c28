/**
 * Retention: the one way rows that are no longer needed leave the database. Each module names its rule (which rows,
 * after how long); {@link org.septel.retention.BatchedDelete} runs it in small conditional batches, so several nodes
 * may run the same nightly job at once without deleting a row twice or locking a table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.septel.retention;
