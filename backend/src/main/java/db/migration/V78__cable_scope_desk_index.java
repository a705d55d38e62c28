package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The index behind every work list's desk rule ({@code org.septel.reporting.ReaderScope}): the desk that works a
 * cable, {@code coalesce(desk, 'desk-officers')}, then its id, with the columns the clearance rule reads. With it
 * PostgreSQL reads a desk's cables from the index alone (an index-only scan of about 25,000 entries for a desk at
 * 1,000,000 follow-ups) instead of visiting each cable's heap page for My work's three statements. H2 has no
 * expression indexes; it joins from the follow-up side by primary key there, so it needs none.
 */
public class V78__cable_scope_desk_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index cable_scope_desk_idx on cable ((coalesce(desk, 'desk-officers')), id)"
                    + " include (desk, classification, caveats)");
        }
    }
}
