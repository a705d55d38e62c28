package org.septel.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

import java.sql.DatabaseMetaData;
import java.util.Locale;

/** Ids from a database sequence, in the dialect of whichever database is connected (H2 or PostgreSQL). */
final class SequenceIds {

    private SequenceIds() {
    }

    static DataFieldMaxValueIncrementer of(JdbcTemplate jdbc, String sequence) {
        String product = jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(jdbc.getDataSource(), sequence)
                : new H2SequenceMaxValueIncrementer(jdbc.getDataSource(), sequence);
    }
}
