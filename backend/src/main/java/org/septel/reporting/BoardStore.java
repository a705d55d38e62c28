package org.septel.reporting;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Adds and takes counts on the board's summary rows. On PostgreSQL one {@code insert ... on conflict do update}
 * per row, so two transactions adding to the same row queue on its lock instead of losing a count or failing on the
 * key; rows are always touched in key order, so two transactions never wait on each other in a circle. H2 (the
 * single-user database) updates, and inserts when nothing was there.
 */
final class BoardStore {

    private static final String COUNT_KEY = "desk = ? and class_rank = ? and noforn = ? and owner = ? and org = ?"
            + " and due_date = ? and late = ?";
    private static final String TAG_KEY = "tag = ? and desk = ? and class_rank = ? and noforn = ? and due_date = ?"
            + " and late = ?";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    BoardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(jdbc.getDataSource());
    }

    boolean postgres() {
        return postgres;
    }

    void addCounts(SortedMap<BoardKey.CountKey, Long> deltas) {
        for (Map.Entry<BoardKey.CountKey, Long> e : deltas.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            BoardKey.CountKey k = e.getKey();
            Object[] key = {k.desk(), k.classRank(), k.noforn(), k.owner(), k.org(), Date.valueOf(k.dueDate()), k.late()};
            if (postgres) {
                jdbc.update("insert into board_count (desk, class_rank, noforn, owner, org, due_date, late, n)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (desk, class_rank, noforn, owner, org, due_date, late)"
                        + " do update set n = board_count.n + excluded.n", append(key, e.getValue()));
            } else if (jdbc.update("update board_count set n = n + ? where " + COUNT_KEY, prepend(e.getValue(), key)) == 0) {
                jdbc.update("insert into board_count (desk, class_rank, noforn, owner, org, due_date, late, n)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", append(key, e.getValue()));
            }
            if (e.getValue() < 0) {
                jdbc.update("delete from board_count where " + COUNT_KEY + " and n = 0", key);
            }
        }
    }

    void addTags(SortedMap<BoardKey.TagKey, Long> deltas) {
        for (Map.Entry<BoardKey.TagKey, Long> e : deltas.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            BoardKey.TagKey k = e.getKey();
            Object[] key = {k.tag(), k.desk(), k.classRank(), k.noforn(), Date.valueOf(k.dueDate()), k.late()};
            if (postgres) {
                jdbc.update("insert into board_tag_count (tag, desk, class_rank, noforn, due_date, late, n)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (tag, desk, class_rank, noforn, due_date, late)"
                        + " do update set n = board_tag_count.n + excluded.n", append(key, e.getValue()));
            } else if (jdbc.update("update board_tag_count set n = n + ? where " + TAG_KEY, prepend(e.getValue(), key)) == 0) {
                jdbc.update("insert into board_tag_count (tag, desk, class_rank, noforn, due_date, late, n)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", append(key, e.getValue()));
            }
            if (e.getValue() < 0) {
                jdbc.update("delete from board_tag_count where " + TAG_KEY + " and n = 0", key);
            }
        }
    }

    void insertTagCounts(Map<BoardKey.TagKey, Long> counts) {
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new Object[] {k.tag(), k.desk(), k.classRank(), k.noforn(),
                Date.valueOf(k.dueDate()), k.late(), n}));
        jdbc.batchUpdate("insert into board_tag_count (tag, desk, class_rank, noforn, due_date, late, n)"
                + " values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Object[] append(Object[] key, Object last) {
        Object[] all = java.util.Arrays.copyOf(key, key.length + 1);
        all[key.length] = last;
        return all;
    }

    private static Object[] prepend(Object first, Object[] key) {
        Object[] all = new Object[key.length + 1];
        all[0] = first;
        System.arraycopy(key, 0, all, 1, key.length);
        return all;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
