package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.septel.commitment.CounterpartKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills the counterpart keys V76 added for the follow-ups already on file, with the very normalisation the entity
 * and the matcher use ({@link CounterpartKeys}), so a reply finds old follow-ups exactly as it did before. Rows are
 * read by id in batches of {@value #BATCH} and updated with JDBC batches; rows naming no counterpart keep nulls.
 * If the normalisation ever changes, a new migration must fill the keys again (ADR 0027).
 */
public class V77__commitment_counterpart_keys_backfill extends BaseJavaMigration {

    static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = Long.MIN_VALUE;
        try (PreparedStatement read = connection.prepareStatement("select id, actor, actor_org from commitment"
                + " where id > ? and (actor is not null or actor_org is not null) order by id limit " + BATCH);
                PreparedStatement write = connection.prepareStatement(
                        "update commitment set counterpart_surname = ?, counterpart_org = ? where id = ?")) {
            int count;
            do {
                read.setLong(1, after);
                count = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        write.setString(1, CounterpartKeys.surname(rows.getString(2)));
                        write.setString(2, CounterpartKeys.organisation(rows.getString(3)));
                        write.setLong(3, after);
                        write.addBatch();
                        count++;
                    }
                }
                if (count > 0) {
                    write.executeBatch();
                }
            } while (count == BATCH);
        }
    }
}
