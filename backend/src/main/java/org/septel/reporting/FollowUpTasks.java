package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the open workflow tasks of follow-ups and the managers' escalations by reading the engine's runtime tables
 * with SQL (a follow-up's process has its cable id as business key and its commitment id as a variable). This is
 * a read model: every action still goes through {@code WorkItems}, which checks the task belongs to the actor.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpTasks {

    static final String TASKS = "select t.ID_ as task_id, v.LONG_ as commitment_id, t.TASK_DEF_KEY_ as task_key,"
            + " t.NAME_ as task_name, t.ASSIGNEE_ as assignee, t.CREATE_TIME_ as created"
            + " from ACT_RU_TASK t join ACT_RU_VARIABLE v on v.PROC_INST_ID_ = t.PROC_INST_ID_"
            + " and v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'commitmentId'";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkList workList;

    FollowUpTasks(NamedParameterJdbcTemplate jdbc, WorkList workList) {
        this.jdbc = jdbc;
        this.workList = workList;
    }

    /** The open task of each follow-up row (by commitment id); rows without one are missing from the map. */
    public Map<Long, OpenTask> of(Collection<WorkRow> rows) {
        List<String> cables = rows.stream().filter(r -> r.commitmentId() != null).map(WorkRow::cableId).distinct().toList();
        List<Long> ids = rows.stream().map(WorkRow::commitmentId).filter(id -> id != null).toList();
        Map<Long, OpenTask> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // Through the business key (indexed by the engine), then the commitment variable of those instances only.
        String sql = TASKS + " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
                + " where p.BUSINESS_KEY_ in (:cables) and v.LONG_ in (:ids)";
        jdbc.query(sql, new MapSqlParameterSource("cables", cables).addValue("ids", ids), rs -> {
            OpenTask task = task(rs, 0);
            found.merge(task.commitmentId(), task, (a, b) -> a.isOverdueDecision() ? a : b);
        });
        return found;
    }

    /**
     * Overdue follow-ups waiting for a decision by this manager (assigned to them or offered to one of their
     * groups), as work rows the reader may see, the longest overdue first.
     */
    public List<Escalation> escalations(Reader reader, Collection<String> groups, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("me", reader.username())
                .addValue("groups", groups.isEmpty() ? List.of("-") : groups)
                .addValue("limit", Math.min(limit, WorkList.MAX_PAGE)).addValue("offset", Math.max(0, offset));
        String sql = TASKS + " where t.TASK_DEF_KEY_ = 'Task_HandleOverdue' and (t.ASSIGNEE_ = :me or exists ("
                + "select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate'"
                + " and i.GROUP_ID_ in (:groups)))";
        List<OpenTask> tasks = jdbc.query(sql, params, FollowUpTasks::task);
        List<Escalation> escalations = tasks.stream()
                .flatMap(task -> workList.commitment(reader, task.commitmentId()).map(row -> new Escalation(task, row)).stream())
                .sorted(java.util.Comparator.comparing((Escalation e) -> e.row().dueDate(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        return escalations.subList(Math.min(offset, escalations.size()), Math.min(offset + limit, escalations.size()));
    }

    private static OpenTask task(ResultSet rs, int n) throws SQLException {
        Timestamp created = rs.getTimestamp("created");
        return new OpenTask(rs.getString("task_id"), rs.getLong("commitment_id"), rs.getString("task_key"),
                rs.getString("task_name"), rs.getString("assignee"), created == null ? null : created.toInstant());
    }
}
