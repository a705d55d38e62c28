package org.septel.bench;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

/**
 * Prints PostgreSQL's plans (EXPLAIN ANALYZE) of My work's three statements as {@code WorkList} sends them for an
 * officer cleared for everything on one desk, and of the board's reads: for checking indexes at scale
 * ({@code -Dbench.explain=true}).
 */
final class WorkListPlans {

    private static final String OPEN = "('AWAITING_ANCHOR', 'OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED')";

    private WorkListPlans() {
    }

    static void print(JdbcTemplate jdbc, String owner, String desk, String unrouted) {
        String scope = "coalesce(c.desk, '" + unrouted + "') in ('" + unrouted + "', '" + desk + "')";
        String mine = " from commitment m join follow_up_candidate f on f.id = m.candidate_id join cable c on c.id = m.cable_id"
                + " where " + scope + " and m.status in " + OPEN + " and m.owner = '" + owner + "'";
        String unreviewed = " from follow_up_candidate f join cable c on c.id = f.cable_id where " + scope
                + " and f.review_state = 'PROPOSED'";
        explain(jdbc, "My work: count of own follow-ups", "select count(*) from commitment m join cable c on c.id = m.cable_id"
                + " where " + scope + " and m.status in " + OPEN + " and m.owner = '" + owner + "'");
        explain(jdbc, "My work: count of the desk's unreviewed candidates", "select count(*)" + unreviewed);
        explain(jdbc, "My work: first page", "select * from (select m.id as commitment_id, f.id as candidate_id,"
                + " m.due_date as due_date, m.action as action, c.classification as classification" + mine
                + " union all select cast(null as bigint), f.id, f.due_date, f.action, c.classification" + unreviewed
                + ") w order by due_date asc nulls last, candidate_id asc limit 50 offset 0");
        explain(jdbc, "Board: tallies", "select s.desk, s.owner, s.org, sum(s.n) from board_count s where (s.desk = ''"
                + " or s.desk = '" + unrouted + "' or s.desk in ('" + desk + "')) and (s.late = true or s.due_date <= current_date)"
                + " group by s.desk, s.owner, s.org");
    }

    private static void explain(JdbcTemplate jdbc, String what, String sql) {
        System.out.println("-- " + what);
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
                .forEach(line -> System.out.println(String.format(Locale.ROOT, "   %s", line)));
    }
}
