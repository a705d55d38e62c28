package org.septel.reporting;

import org.septel.cable.CableId;
import org.septel.cable.CableRegistered;
import org.septel.cable.ParsedCable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the search table ({@code cable_search_paragraph}) in step with filed cables: a newly filed cable's rows are
 * written inside its filing transaction (the cable and its searchable text commit together), by one delete and one
 * batched insert; nothing else of filing changes. Cables are never rewritten (a different text is a revision), so
 * there is nothing to update later; desk, INFO desks and overall marking are read from {@code cable} at query time.
 */
@Component
class CableSearchIndex {

    private final JdbcTemplate jdbc;

    CableSearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CableRegistered event) {
        ParsedCable parsed = event.parsed();
        write(event.cableId(), SearchParagraphs.of(parsed.text(), parsed.paragraphs(), parsed.classification(),
                parsed.caveats()));
    }

    /** Replaces the cable's rows (idempotent: the backfill and a re-filed test cable may write twice). */
    void write(CableId id, List<SearchParagraphs.Row> rows) {
        jdbc.update("delete from cable_search_paragraph where cable_id = ?", id.value());
        jdbc.batchUpdate("insert into cable_search_paragraph (cable_id, paragraph, level_rank, noforn, marking, body)"
                + " values (?, ?, ?, ?, ?, ?)", rows, rows.size(), (statement, row) -> {
                    statement.setString(1, id.value());
                    statement.setInt(2, row.paragraph());
                    statement.setInt(3, row.levelRank());
                    statement.setBoolean(4, row.noforn());
                    statement.setString(5, row.marking().shortForm());
                    statement.setString(6, row.body());
                });
    }
}
