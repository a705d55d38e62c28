package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The counterpart keys reply matching looks up (ADR 0027): the actor's surname and the one-word organisation, as
 * {@code org.septel.commitment.CounterpartKeys} derives them. On PostgreSQL the indexes hold only the open
 * follow-ups with an actor, the rows matching reads (closed ones pile up over the years and are never matched);
 * H2 has no partial indexes, so there they cover every row. A Java migration because one SQL script cannot serve
 * both databases. V77 fills the keys of the rows already there.
 */
public class V76__commitment_counterpart_keys extends BaseJavaMigration {

    private static final String OPEN_WITH_ACTOR =
            " where status not in ('FULFILLED', 'PARTLY_FULFILLED', 'WITHDRAWN') and actor is not null";

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgres");
        String partial = postgres ? OPEN_WITH_ACTOR : "";
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table commitment add column counterpart_surname varchar(600)");
            sql.execute("alter table commitment add column counterpart_org varchar(600)");
            sql.execute("create index commitment_open_counterpart_surname_idx on commitment (counterpart_surname)"
                    + partial);
            sql.execute("create index commitment_open_counterpart_org_idx on commitment (counterpart_org)" + partial);
        }
    }
}
