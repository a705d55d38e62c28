package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL only: a stored tsvector of each search paragraph (English stemming) and its GIN index. H2 has no
 * full-text types; there search falls back to {@code LIKE} on the same table (ADR 24). A Java migration because
 * one SQL script cannot serve both databases.
 */
public class V69__cable_search_full_text_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table cable_search_paragraph add column body_tsv tsvector"
                    + " generated always as (to_tsvector('english'::regconfig, body)) stored");
            sql.execute("create index cable_search_paragraph_tsv_idx on cable_search_paragraph using gin (body_tsv)");
        }
    }
}
