package org.septel.reporting;

import org.septel.clearance.Reader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One box over cables (id, subject, TAGS) and tracked follow-ups (counterpart, organisation, action, the sentence
 * they were found in), limited to what the reader may see. Plain SQL {@code LIKE}; see ADR 15.
 */
@Service
@Transactional(readOnly = true)
public class Search {

    public static final int MIN_LENGTH = 2;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkList workList;

    Search(NamedParameterJdbcTemplate jdbc, WorkList workList) {
        this.jdbc = jdbc;
        this.workList = workList;
    }

    public List<SearchHit> cables(Reader reader, String words, int limit) {
        if (words == null || words.strip().length() < MIN_LENGTH) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit)
                .addValue("q", "%" + WorkSql.escapeLike(words.strip().toLowerCase(Locale.ROOT)) + "%");
        List<String> where = new ArrayList<>(ReaderScope.readingConditions(reader, params));
        where.add("(lower(c.id) like :q escape '\\' or lower(c.subject) like :q escape '\\'"
                + " or lower(c.tags) like :q escape '\\')");
        return jdbc.query("select c.id, c.subject, c.tags, c.origin, c.classification, c.caveats from cable c where "
                + String.join(" and ", where) + " order by c.dtg desc nulls last, c.id limit :limit", params, (rs, n) ->
                new SearchHit(rs.getString("id"), null, rs.getString("subject") == null ? "(no subject)" : rs.getString("subject"),
                        join(rs.getString("origin"), rs.getString("tags")),
                        ReaderScope.marking(rs.getString("classification"), rs.getString("caveats"))));
    }

    /** Tracked follow-ups (any status) whose cable, counterpart or action match; titles as on the work lists. */
    public List<SearchHit> followUps(Reader reader, String words, int limit) {
        if (words == null || words.strip().length() < MIN_LENGTH) {
            return List.of();
        }
        WorkFilter filter = WorkFilter.open().withStatuses(java.util.EnumSet.of(WorkStatus.OPEN, WorkStatus.OVERDUE,
                WorkStatus.FULFILLED, WorkStatus.WITHDRAWN)).withText(words);
        return workList.page(reader, filter, WorkSort.DUE_FIRST, 0, limit).stream()
                .map(row -> new SearchHit(row.cableId(), row.commitmentId(), row.title(),
                        row.status().name().toLowerCase(Locale.ROOT) + (row.owner() == null ? "" : " · " + row.owner()),
                        row.marking()))
                .toList();
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }
}
