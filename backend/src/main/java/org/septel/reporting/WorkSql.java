package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The SQL of a work list: one branch over confirmed follow-ups ({@code commitment m}), one over unreviewed
 * candidates ({@code follow_up_candidate f} in state PROPOSED), each joined to {@code cable c}, each filtered by the
 * reader's scope and the {@link WorkFilter}. A list that needs only one branch runs it alone, so the database can
 * walk an index in due-date order instead of sorting a union.
 */
final class WorkSql {

    /** What each branch selects: the sort keys and what the scope and the title need, none of it from the candidate. */
    static final String COLUMNS = "commitment_id, candidate_id, cable_id, counterpart, action, due_date, follow_up_date,"
            + " status, owner, desk, classification, caveats";

    /**
     * A page's remaining columns, read from the candidate for its rows only ({@code d}, joined by primary key to
     * {@code w}, the page), not for every row the sort has to look at: the confirmed branch then needs no join to
     * {@code follow_up_candidate} at all.
     */
    static final String DETAILS = "d.actor_org as counterpart_org, d.confidence as confidence, d.paragraph as paragraph,"
            + " d.evidence_start as evidence_start, d.evidence_end as evidence_end";

    private static final Set<WorkStatus> TRACKED = EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE, WorkStatus.FULFILLED,
            WorkStatus.WITHDRAWN);

    /** The expressions that differ between the two branches. */
    record Branch(String select, String from, String base, String due, String followUp, String status, String owner,
            String open, String actor, String action, String cableId, String overdue) {
    }

    /**
     * Overdue: the timer marked it so, or it is open and its due date has passed (the timer may not have fired yet).
     * Callers using it need {@code :today}.
     */
    static final String OVERDUE_COMMITMENT = "(m.status in (" + CommitmentStates.OVERDUE + ") or (m.status in ("
            + CommitmentStates.OPEN + ") and m.due_date < :today))";

    static final Branch COMMITMENTS = new Branch(
            "select m.id as commitment_id, m.candidate_id as candidate_id, m.cable_id as cable_id, m.actor as counterpart,"
                    + " m.action as action, m.due_date as due_date, m.follow_up_date as follow_up_date, "
                    + CommitmentStates.AS_WORK_STATUS + " as status, m.owner as owner, c.desk as desk,"
                    + " c.classification as classification, c.caveats as caveats",
            " from commitment m join follow_up_candidate f on f.id = m.candidate_id join cable c on c.id = m.cable_id",
            null, "m.due_date", "m.follow_up_date", "m.status", "m.owner", "m.status in (" + CommitmentStates.OPEN + ", " + CommitmentStates.OVERDUE + ")",
            "m.actor", "m.action", "m.cable_id", OVERDUE_COMMITMENT);

    static final String COMMITMENTS_ONLY = " from commitment m join cable c on c.id = m.cable_id";

    static final Branch CANDIDATES = new Branch(
            "select cast(null as bigint) as commitment_id, f.id as candidate_id, f.cable_id as cable_id,"
                    + " f.actor as counterpart, f.action as action, f.due_date as due_date,"
                    + " f.follow_up_date as follow_up_date, 'UNREVIEWED' as status, cast(null as varchar(64)) as owner,"
                    + " c.desk as desk, c.classification as classification, c.caveats as caveats",
            " from follow_up_candidate f join cable c on c.id = f.cable_id",
            "f.review_state = 'PROPOSED'", "f.due_date", "f.follow_up_date", "'UNREVIEWED'", null, "1 = 1",
            "f.actor", "f.action", "f.cable_id", "f.due_date < :today");

    private WorkSql() {
    }

    /** The branches this filter needs, each with its WHERE clause; parameters are added to {@code params}. */
    static List<String> branches(Reader reader, WorkFilter filter, LocalDate today, MapSqlParameterSource params,
            boolean selectColumns, String selectOverride) {
        return branches(reader, filter, today, params, selectColumns, selectOverride, null);
    }

    /** As above, with one more condition on the commitment branch (the boards' own). */
    static List<String> branches(Reader reader, WorkFilter filter, LocalDate today, MapSqlParameterSource params,
            boolean selectColumns, String selectOverride, String extraCommitmentWhere) {
        return branches(reader, filter, today, params, b -> select(b, selectColumns, selectOverride),
                b -> b == COMMITMENTS ? extraCommitmentWhere : null);
    }

    /**
     * The branches with the select clause {@code select} gives each, and the condition {@code extra} gives each
     * (or null for none).
     */
    static List<String> branches(Reader reader, WorkFilter filter, LocalDate today, MapSqlParameterSource params,
            Function<Branch, String> select, Function<Branch, String> extra) {
        List<String> sql = new ArrayList<>();
        List<String> scope = ReaderScope.conditions(reader, params);
        Set<WorkStatus> tracked = EnumSet.noneOf(WorkStatus.class);
        filter.statuses().stream().filter(TRACKED::contains).forEach(tracked::add);
        addFilterParams(filter, today, params);
        if (!tracked.isEmpty()) {
            params.addValue("trackedStatuses", tracked.stream().flatMap(CommitmentStates::of).toList());
            List<String> where = new ArrayList<>(scope);
            where.add("m.status in (:trackedStatuses)");
            if (filter.owner() != null) {
                where.add("m.owner = :owner");
            }
            where.addAll(conditions(COMMITMENTS, filter));
            String confirmedExtra = extra.apply(COMMITMENTS);
            if (confirmedExtra != null) {
                where.add(confirmedExtra);
            }
            String confirmedSelect = select.apply(COMMITMENTS);
            String conditions = String.join(" and ", where);
            // Only a filter on the candidate's own columns needs that join; pages read their details after the sort.
            boolean needsCandidate = confirmedSelect.contains("f.") || conditions.contains("f.");
            sql.add(confirmedSelect + (needsCandidate ? COMMITMENTS.from() : COMMITMENTS_ONLY) + " where " + conditions);
        }
        if (filter.statuses().contains(WorkStatus.UNREVIEWED)) {
            List<String> where = new ArrayList<>(scope);
            where.add(CANDIDATES.base());
            where.addAll(conditions(CANDIDATES, filter));
            String unreviewedExtra = extra.apply(CANDIDATES);
            if (unreviewedExtra != null) {
                where.add(unreviewedExtra);
            }
            sql.add(select.apply(CANDIDATES) + CANDIDATES.from() + " where " + String.join(" and ", where));
        }
        return sql;
    }

    private static String select(Branch branch, boolean selectColumns, String override) {
        return selectColumns ? branch.select() : override;
    }

    private static void addFilterParams(WorkFilter filter, LocalDate today, MapSqlParameterSource params) {
        params.addValue("today", today);
        params.addValue("sunday", Weeks.sunday(today));
        params.addValue("owner", filter.owner());
        params.addValue("desk", filter.desk());
        params.addValue("org", filter.counterpartOrg());
        params.addValue("person", filter.counterpart());
        params.addValue("cableId", filter.cableId());
        if (filter.text() != null) {
            params.addValue("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.tag() != null) {
            params.addValue("tag", "% " + escapeLike(filter.tag().toUpperCase(Locale.ROOT)) + " %");
        }
        if (filter.age() != null) {
            params.addValue("ageTo", filter.age().dueOnOrBefore(today));
            params.addValue("ageFrom", filter.age().dueOnOrAfter(today));
        }
    }

    private static List<String> conditions(Branch b, WorkFilter filter) {
        List<String> where = new ArrayList<>();
        if (filter.desk() != null) {
            where.add("c.desk = :desk");
        }
        if (filter.counterpartOrg() != null) {
            where.add("f.actor_org = :org");
        }
        if (filter.counterpart() != null) {
            where.add(b.actor() + " = :person");
        }
        if (filter.cableId() != null) {
            where.add(b.cableId() + " = :cableId");
        }
        if (filter.text() != null) {
            where.add("(lower(" + b.cableId() + ") like :text escape '\\' or lower(c.subject) like :text escape '\\'"
                    + " or lower(" + b.actor() + ") like :text escape '\\' or lower(" + b.action() + ") like :text escape '\\')");
        }
        if (filter.tag() != null) {
            where.add("(' ' || upper(c.tags) || ' ') like :tag escape '\\'");
        }
        if (filter.age() == AgeBucket.DAYS_1_7) {
            // Marked overdue with a due date not yet passed (or none) counts as freshly overdue.
            where.add(b.overdue() + " and (" + b.due() + " is null or " + b.due() + " >= :ageFrom)");
        } else if (filter.age() != null) {
            where.add(b.overdue() + " and " + b.due() + " <= :ageTo");
            if (filter.age() != AgeBucket.DAYS_OVER_90) {
                where.add(b.due() + " >= :ageFrom");
            }
        }
        for (QuickFilter quick : filter.quick()) {
            where.add(switch (quick) {
                case OVERDUE -> b.overdue();
                case DUE_THIS_WEEK -> b.open() + " and not " + b.overdue() + " and " + b.due() + " >= :today and "
                        + b.due() + " <= :sunday";
                case CHASE_NOW -> b.open() + " and " + b.followUp() + " <= :today";
                case NO_DUE_DATE -> b.due() + " is null";
                case WAITING_ON_EVENT -> "f.anchor in ('EVENT', 'CONDITION')";
            });
        }
        return where;
    }

    /** The candidate's id in a branch: every row of a work list has one, and it breaks ties in every order. */
    static String candidateId(Branch b) {
        return b == COMMITMENTS ? "m.candidate_id" : "f.id";
    }

    /** What a branch's rows sort by for {@code column}: the value its column in {@link #COLUMNS} holds. */
    static String sortKey(Branch b, WorkSort.Column column) {
        boolean confirmed = b == COMMITMENTS;
        return switch (column) {
            case DUE_DATE -> b.due();
            case FOLLOW_UP_DATE -> b.followUp();
            case CABLE -> b.cableId();
            case OWNER -> confirmed ? "m.owner" : "cast(null as varchar(64))";
            case STATUS -> confirmed ? CommitmentStates.AS_WORK_STATUS : "'UNREVIEWED'";
            case COUNTERPART -> b.actor();
        };
    }

    /** The branches as one query selecting {@link #COLUMNS}: a single branch alone, so it can walk an index in order. */
    static String union(List<String> branches) {
        return branches.size() == 1 ? branches.get(0)
                : "select " + COLUMNS + " from (" + String.join(" union all ", branches) + ") w";
    }

    /** {@code keyed}, a query selecting {@link #COLUMNS}, as {@code w} with the {@link #DETAILS} of its rows. */
    static String withDetails(String keyed) {
        return "select w.*, " + DETAILS + " from (" + keyed + ") w join follow_up_candidate d on d.id = w.candidate_id";
    }

    static String orderBy(WorkSort sort) {
        return orderBy(sort, "");
    }

    /** The order by columns of {@link #COLUMNS}, each prefixed with {@code alias} (e.g. {@code "w."}) when one is given. */
    static String orderBy(WorkSort sort, String alias) {
        String column = switch (sort.column()) {
            case DUE_DATE -> "due_date";
            case FOLLOW_UP_DATE -> "follow_up_date";
            case CABLE -> "cable_id";
            case OWNER -> "owner";
            case STATUS -> "status";
            case COUNTERPART -> "counterpart";
        };
        return orderBy(alias + column, alias + "candidate_id", sort.descending());
    }

    /** The order of {@link #sortKey} columns selected as {@code sort_key} next to {@code candidate_id}. */
    static String orderBySortKey(WorkSort sort) {
        return orderBy("sort_key", "candidate_id", sort.descending());
    }

    private static String orderBy(String column, String tieBreak, boolean descending) {
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + " nulls last, " + tieBreak + direction;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
