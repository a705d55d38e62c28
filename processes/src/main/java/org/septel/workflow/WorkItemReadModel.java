package org.septel.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The open tasks behind "My work" (ADR 26): {@code work_item} holds each open task, {@code work_item_party} one row
 * per person or group that sees it, in list order. {@link WorkItemProjection} writes both in the transaction that
 * changes the task; {@link WorkItems} reads a page with one index range per party.
 */
@Component
class WorkItemReadModel {

    private static final Logger log = LoggerFactory.getLogger(WorkItemReadModel.class);
    /** Stands in for "no due date" so that such tasks sort last on H2 and PostgreSQL alike. */
    static final Timestamp NO_DUE_DATE = Timestamp.valueOf("9999-12-31 00:00:00");
    private static final String NO_DUE_DATE_SQL = "timestamp '9999-12-31 00:00:00'";
    private static final String COLUMNS = "task_id, task_key, name, process_instance_id, cable_id, due_at, created_at,"
            + " assignee, offered";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;

    WorkItemReadModel(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    static String userParty(String username) {
        return "user:" + username;
    }

    static String groupParty(String group) {
        return "group:" + group;
    }

    /** Replaces the rows of the {@code stale} tasks and adds {@code open}, in batches, on the caller's transaction. */
    void write(Collection<String> stale, List<OpenTask> open) {
        if (!stale.isEmpty()) {
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", stale);
            // work_item first, always: a rebuild locks it, so a writer waits before it touches anything.
            named.update("delete from work_item where task_id in (:ids)", ids);
            named.update("delete from work_item_party where task_id in (:ids)", ids);
        }
        if (open.isEmpty()) {
            return;
        }
        List<Object[]> items = new ArrayList<>(open.size());
        List<Object[]> parties = new ArrayList<>(open.size());
        for (OpenTask task : open) {
            Timestamp created = Timestamp.from(task.created());
            items.add(new Object[] {task.taskId(), task.taskKey(), task.name(), task.processInstanceId(), task.cableId(),
                    task.due() == null ? null : Timestamp.from(task.due()), created, task.assignee(), task.offered()});
            Timestamp sortDue = task.due() == null ? NO_DUE_DATE : Timestamp.from(task.due());
            boolean shared = task.assignee() == null && task.candidateGroups().size() > 1;
            for (String party : task.parties()) {
                parties.add(new Object[] {party, sortDue, created, task.taskId(), shared});
            }
        }
        jdbc.batchUpdate("insert into work_item (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", items);
        if (!parties.isEmpty()) {
            jdbc.batchUpdate("insert into work_item_party (party, sort_due, created_at, task_id, shared)"
                    + " values (?, ?, ?, ?, ?)", parties);
        }
    }

    /**
     * Locks the engine's rows of these tasks and fails, as the engine's own flush would, when another transaction
     * changed or removed one since this one read it (revision as read, by task id).
     */
    void lockUnchanged(Map<String, Integer> revisionById) {
        if (revisionById.isEmpty()) {
            return;
        }
        Map<String, Integer> found = new HashMap<>();
        named.query("select ID_, REV_ from ACT_RU_TASK where ID_ in (:ids) order by ID_ for update",
                new MapSqlParameterSource("ids", revisionById.keySet()),
                rs -> {
                    found.put(rs.getString(1), rs.getInt(2));
                });
        revisionById.forEach((id, revision) -> {
            if (revision != null && !revision.equals(found.get(id))) {
                throw new OptimisticLockingException("task " + id + " was changed by another transaction");
            }
        });
    }

    /**
     * One page of the tasks the parties see, the earliest due first (none last), then the oldest, then by task id.
     * Each party's first offset+limit keys come from one range of the primary key; they are merged here (a task two
     * of the groups see is taken once) and the page's rows read by id.
     */
    List<OpenTask> page(List<String> parties, int offset, int limit) {
        if (parties.isEmpty() || limit <= 0 || offset < 0) {
            return List.of();
        }
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            sql.append(i == 0 ? "" : " union all ").append("(select task_id, sort_due, created_at from work_item_party"
                    + " where party = ? order by sort_due, created_at, task_id limit ?)");
            args.add(parties.get(i));
            args.add(wanted);
        }
        TreeSet<PageKey> keys = new TreeSet<>();
        jdbc.query(sql.toString(), rs -> {
            keys.add(new PageKey(rs.getTimestamp(2), rs.getTimestamp(3), rs.getString(1)));
        }, args.toArray());
        List<String> ids = keys.stream().skip(offset).limit(limit).map(PageKey::taskId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, OpenTask> byId = new HashMap<>();
        named.query("select " + COLUMNS + " from work_item where task_id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    OpenTask task = row(rs);
                    byId.put(task.taskId(), task);
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A task's place in the list: the primary key of {@code work_item_party} without the party. */
    private record PageKey(Timestamp sortDue, Timestamp created, String taskId) implements Comparable<PageKey> {
        @Override
        public int compareTo(PageKey other) {
            int byDue = sortDue.compareTo(other.sortDue);
            if (byDue != 0) {
                return byDue;
            }
            int byCreated = created.compareTo(other.created);
            return byCreated != 0 ? byCreated : taskId.compareTo(other.taskId);
        }
    }

    /** How many tasks the user and groups see: index-only counts, correcting only for tasks offered to two groups. */
    long count(String username, List<String> groups) {
        List<String> parties = new ArrayList<>();
        parties.add(userParty(username));
        groups.forEach(g -> parties.add(groupParty(g)));
        Long all = named.queryForObject("select count(*) from work_item_party where party in (:parties)",
                new MapSqlParameterSource("parties", parties), Long.class);
        if (groups.size() < 2) {
            return all;
        }
        Long twice = named.queryForObject("select count(*) - count(distinct task_id) from work_item_party"
                + " where shared = true and party in (:groups)",
                new MapSqlParameterSource("groups", groups.stream().map(WorkItemReadModel::groupParty).toList()), Long.class);
        return all - twice;
    }

    private static OpenTask row(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        // The page needs only whether it was offered, not to whom: a marker stands for the groups.
        List<String> groups = rs.getBoolean("offered") ? List.of("") : List.of();
        return new OpenTask(rs.getString("task_id"), rs.getString("task_key"), rs.getString("name"),
                rs.getString("process_instance_id"), rs.getString("cable_id"), due == null ? null : due.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("assignee"), groups);
    }

    /**
     * Builds the read model from the engine's tables when it is empty but tasks are open: an existing database on its
     * first start with this version (Flyway runs before the engine creates its tables, so a migration cannot).
     */
    boolean rebuildIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            lockAgainstWriters();
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from work_item)", Boolean.class))
                    || !Boolean.TRUE.equals(jdbc.queryForObject(
                            "select exists(select 1 from ACT_RU_TASK where PROC_INST_ID_ is not null)", Boolean.class))) {
                return false;
            }
            rebuild();
            return true;
        }));
    }

    /** Rebuilds the whole read model from the engine's tables, on the caller's transaction. */
    void rebuild() {
        jdbc.update("delete from work_item_party");
        jdbc.update("delete from work_item");
        String groupLinks = "select distinct TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK"
                + " where TYPE_ = 'candidate' and GROUP_ID_ is not null";
        int tasks = jdbc.update("insert into work_item (" + COLUMNS + ")"
                + " select t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.PROC_INST_ID_, e.BUSINESS_KEY_, t.DUE_DATE_, t.CREATE_TIME_,"
                + " t.ASSIGNEE_, case when exists(select 1 from (" + groupLinks + ") g where g.TASK_ID_ = t.ID_)"
                + " then true else false end"
                + " from ACT_RU_TASK t left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                + " where t.PROC_INST_ID_ is not null");
        String sortDue = "coalesce(t.DUE_DATE_, " + NO_DUE_DATE_SQL + ")";
        jdbc.update("insert into work_item_party (party, sort_due, created_at, task_id, shared)"
                + " select 'user:' || t.ASSIGNEE_, " + sortDue + ", t.CREATE_TIME_, t.ID_, false from ACT_RU_TASK t"
                + " where t.ASSIGNEE_ is not null and t.PROC_INST_ID_ is not null");
        jdbc.update("insert into work_item_party (party, sort_due, created_at, task_id, shared)"
                + " select 'group:' || g.GROUP_ID_, " + sortDue + ", t.CREATE_TIME_, t.ID_,"
                + " case when (select count(*) from (" + groupLinks + ") h where h.TASK_ID_ = t.ID_) > 1"
                + " then true else false end"
                + " from ACT_RU_TASK t join (" + groupLinks + ") g on g.TASK_ID_ = t.ID_"
                + " where t.ASSIGNEE_ is null and t.PROC_INST_ID_ is not null");
        log.info("Built the work list's read model from the engine's {} open tasks", tasks);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        rebuildIfEmpty();
    }

    private void lockAgainstWriters() {
        // Two nodes starting together, or a task changing meanwhile, wait for the rebuild instead of mixing in.
        if (postgres()) {
            jdbc.execute("lock table work_item in share row exclusive mode");
        }
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
