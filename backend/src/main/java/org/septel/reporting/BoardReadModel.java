package org.septel.reporting;

import jakarta.persistence.EntityManager;
import org.septel.commitment.CommitmentEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the overdue board's summary rows ({@code board_count}, {@code board_tag_count}) in step with the
 * follow-ups, in the same transaction (ADR 22). Every {@link CommitmentEvent} marks its follow-up; just before the
 * transaction commits, each marked follow-up is read as it now stands and moved from the key it was counted under
 * ({@code board_entry}) to its new one. The summary rows are touched last, in key order, and only by the net change,
 * so they are locked briefly and never in a circle.
 */
@Component
public class BoardReadModel {

    private static final Logger log = LoggerFactory.getLogger(BoardReadModel.class);
    private static final Object MARKED = new Object();

    static final String KEY_SELECT = "select m.id as id, coalesce(c.desk, '') as desk, " + ReaderScope.CABLE_RANK + " as class_rank,"
            + " case when c.caveats like '%NOFORN%' then true else false end as noforn, m.owner as owner,"
            + " coalesce(f.actor_org, '') as org, coalesce(c.tags, '') as tags,"
            + " coalesce(m.due_date, date '9999-12-31') as due_date,"
            + " case when m.status in (" + CommitmentStates.OVERDUE + ") then true else false end as late"
            + " from commitment m join cable c on c.id = m.cable_id left join follow_up_candidate f on f.id = m.candidate_id";
    /** The slipped-more-than-once rows of {@code board_slipped}, for the commitments {@code slipFilter} lets through. */
    static String slippedSelect(String slipFilter) {
        return "select m.id as commitment_id, m.cable_id as cable_id, m.owner as owner, coalesce(c.desk, '') as desk, "
                + ReaderScope.CABLE_RANK + " as class_rank, case when c.caveats like '%NOFORN%' then true else false end"
                + " as noforn, sl.slips as slips, sl.first_due as first_due, m.due_date as current_due"
                + " from (select commitment_id, count(*) as slips, min(old_due_date) as first_due from commitment_slip"
                + slipFilter + " group by commitment_id having count(*) > 1) sl"
                + " join commitment m on m.id = sl.commitment_id join cable c on c.id = m.cable_id";
    }

    static final String SLIPPED_COLUMNS = "commitment_id, cable_id, owner, desk, class_rank, noforn, slips, first_due,"
            + " current_due";
    static final String OPEN_STATES = "m.status in (" + CommitmentStates.OPEN + ", " + CommitmentStates.OVERDUE + ")";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final EntityManager entityManager;
    private final BoardStore store;
    private final TransactionTemplate transaction;

    BoardReadModel(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.named = named;
        this.entityManager = entityManager;
        this.store = new BoardStore(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(CommitmentEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(List.of(event.commitmentId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> marked = (Set<Long>) TransactionSynchronizationManager.getResource(MARKED);
        if (marked == null) {
            Set<Long> ids = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(MARKED, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    refresh(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MARKED);
                }
            });
            marked = ids;
        }
        marked.add(event.commitmentId());
    }

    /** Moves each follow-up from the key it is counted under to the key it has now (none once closed). */
    void refresh(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // The follow-ups' changes are still in Hibernate's session: write them out so the reads below see them.
            entityManager.flush();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        // Lock the entries first: a transaction that changed one of them has committed by the time we read on.
        Map<Long, BoardKey> before = new HashMap<>();
        named.query("select * from board_entry where commitment_id in (:ids) order by commitment_id for update", params,
                rs -> {
                    before.put(rs.getLong("commitment_id"), key(rs));
                });
        Map<Long, BoardKey> after = new HashMap<>();
        named.query(KEY_SELECT + " where m.id in (:ids) and " + OPEN_STATES, params,
                rs -> {
                    after.put(rs.getLong("id"), key(rs));
                });
        SortedMap<BoardKey.CountKey, Long> counts = new TreeMap<>();
        SortedMap<BoardKey.TagKey, Long> tags = new TreeMap<>();
        List<Long> gone = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        for (Long id : ids) {
            BoardKey old = before.get(id);
            BoardKey now = after.get(id);
            if (old == null ? now == null : old.equals(now)) {
                continue;
            }
            if (old != null) {
                counts.merge(old.count(), -1L, Long::sum);
                old.tagKeys().forEach(t -> tags.merge(t, -1L, Long::sum));
                gone.add(id);
            }
            if (now != null) {
                counts.merge(now.count(), 1L, Long::sum);
                now.tagKeys().forEach(t -> tags.merge(t, 1L, Long::sum));
                added.add(entryRow(id, now));
            }
        }
        if (!gone.isEmpty()) {
            named.update("delete from board_entry where commitment_id in (:ids)", new MapSqlParameterSource("ids", gone));
        }
        if (!added.isEmpty()) {
            jdbc.batchUpdate("insert into board_entry (commitment_id, desk, class_rank, noforn, owner, org, tags, due_date,"
                    + " late) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", added);
        }
        store.addCounts(counts);
        store.addTags(tags);
        // Slips are rare and per follow-up (no shared rows): write the marked follow-ups' lines again.
        named.update("delete from board_slipped where commitment_id in (:ids)", params);
        named.update("insert into board_slipped (" + SLIPPED_COLUMNS + ") "
                + slippedSelect(" where commitment_id in (:ids)"), params);
    }

    /**
     * Builds the read model again from the commitment table: for a database that had follow-ups before it existed,
     * after rows were written around the domain (bulk seeding), or to repair it; stored weeks are dropped and
     * reconstructed from history on next use. Run at startup when it is empty.
     */
    public void rebuild() {
        transaction.executeWithoutResult(status -> rebuildInTransaction());
    }

    private void rebuildInTransaction() {
        lockAgainstWriters();
        // Rows written around the domain may include history: past weeks are reconstructed again on next use.
        jdbc.update("delete from board_week");
        jdbc.update("delete from board_week_taken");
        jdbc.update("delete from board_slipped");
        jdbc.update("insert into board_slipped (" + SLIPPED_COLUMNS + ") " + slippedSelect(""));
        jdbc.update("delete from board_tag_count");
        jdbc.update("delete from board_count");
        jdbc.update("delete from board_entry");
        jdbc.update("insert into board_entry (commitment_id, desk, class_rank, noforn, owner, org, tags, due_date, late) "
                + KEY_SELECT.replace(" as id,", " as commitment_id,") + " where " + OPEN_STATES);
        jdbc.update("insert into board_count (desk, class_rank, noforn, owner, org, due_date, late, n)"
                + " select desk, class_rank, noforn, owner, org, due_date, late, count(*) from board_entry"
                + " group by desk, class_rank, noforn, owner, org, due_date, late");
        Map<BoardKey.TagKey, Long> tagCounts = new HashMap<>();
        jdbc.query("select tags, desk, class_rank, noforn, due_date, late, count(*) as n from board_entry"
                + " group by tags, desk, class_rank, noforn, due_date, late", rs -> {
                    long n = rs.getLong("n");
                    BoardKey key = new BoardKey(rs.getString("desk"), rs.getInt("class_rank"), rs.getBoolean("noforn"), "",
                            "", rs.getString("tags"), rs.getObject("due_date", java.time.LocalDate.class), rs.getBoolean("late"));
                    key.tagKeys().forEach(t -> tagCounts.merge(t, n, Long::sum));
                });
        store.insertTagCounts(tagCounts);
    }

    /** Rebuilds when the read model is empty but follow-ups are open (an existing database, first start). */
    public boolean rebuildIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> rebuildInTransactionIfEmpty()));
    }

    private boolean rebuildInTransactionIfEmpty() {
        lockAgainstWriters();
        Boolean hasEntries = jdbc.queryForObject("select exists(select 1 from board_entry)", Boolean.class);
        Boolean hasOpen = jdbc.queryForObject("select exists(select 1 from commitment m where " + OPEN_STATES + ")",
                Boolean.class);
        if (Boolean.TRUE.equals(hasEntries) || !Boolean.TRUE.equals(hasOpen)) {
            return false;
        }
        rebuildInTransaction();
        log.info("Built the overdue board's read model from the commitment table");
        return true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        rebuildIfEmpty();
    }

    private void lockAgainstWriters() {
        // Two nodes starting together, or a follow-up changing meanwhile, wait for the rebuild instead of mixing in.
        if (store.postgres()) {
            jdbc.execute("lock table board_entry in share row exclusive mode");
        }
    }

    private static BoardKey key(ResultSet rs) throws SQLException {
        return new BoardKey(rs.getString("desk"), rs.getInt("class_rank"), rs.getBoolean("noforn"), rs.getString("owner"),
                rs.getString("org"), rs.getString("tags"), rs.getObject("due_date", java.time.LocalDate.class),
                rs.getBoolean("late"));
    }

    private static Object[] entryRow(long id, BoardKey k) {
        return new Object[] {id, k.desk(), k.classRank(), k.noforn(), k.owner(), k.org(), k.tags(),
                Date.valueOf(k.dueDate()), k.late()};
    }
}
