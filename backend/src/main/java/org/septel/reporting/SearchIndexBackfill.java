package org.septel.reporting;

import org.septel.cable.CableCatalog;
import org.septel.cable.CableDetails;
import org.septel.cable.CableId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Indexes cables filed before the search table existed (or whose rows are missing), once per start, on a background
 * thread so the server is up meanwhile. Idempotent and safe on several nodes at once (ADR 18): it takes only cables
 * with no rows, each in its own transaction, and a cable another node indexed first is skipped. Public for operations
 * tools and the search benchmark, which call {@link #run()} themselves.
 */
@Component
public class SearchIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBackfill.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final CableCatalog catalog;
    private final CableSearchIndex index;
    private final TransactionTemplate transaction;
    private final boolean onStart;

    SearchIndexBackfill(JdbcTemplate jdbc, CableCatalog catalog, CableSearchIndex index,
            PlatformTransactionManager transactions, @Value("${septel.search.backfill-on-start:true}") boolean onStart) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.index = index;
        this.transaction = new TransactionTemplate(transactions);
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (onStart) {
            Thread thread = new Thread(this::runLogged, "septel-search-backfill");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void runLogged() {
        try {
            int indexed = run();
            if (indexed > 0) {
                log.info("Search backfill: indexed {} cables", indexed);
            }
        } catch (RuntimeException e) {
            log.warn("Search backfill stopped: {}", e.toString());
        }
    }

    /** Indexes every cable that has no search rows; returns how many it indexed. Walks ids in order, each once. */
    public int run() {
        int indexed = 0;
        String after = "";
        while (true) {
            List<String> ids = jdbc.queryForList("select c.id from cable c where c.id > ? and not exists"
                    + " (select 1 from cable_search_paragraph p where p.cable_id = c.id) order by c.id"
                    + " fetch first " + BATCH + " rows only", String.class, after);
            if (ids.isEmpty()) {
                return indexed;
            }
            for (String id : ids) {
                indexed += indexOne(CableId.of(id)) ? 1 : 0;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private boolean indexOne(CableId id) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> catalog.find(id).map(cable -> {
                index.write(id, rows(cable));
                return true;
            }).orElse(false)));
        } catch (DataIntegrityViolationException indexedMeanwhile) {
            return false; // another node indexed it first
        }
    }

    private static List<SearchParagraphs.Row> rows(CableDetails cable) {
        return cable.parsed() == null
                ? SearchParagraphs.of(cable.text(), List.of(), cable.classification(), cable.caveats())
                : SearchParagraphs.of(cable.parsed().text(), cable.parsed().paragraphs(), cable.classification(),
                        cable.caveats());
    }
}
