package org.septel.reporting;

import org.septel.clearance.Classification;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cable search in SQL, with the reader's desks and overall clearance on the cable ({@link ReaderScope}) and their
 * clearance for each paragraph inside the same query, so counts and pages only ever see readable text. On
 * PostgreSQL: full-text search over the paragraphs' stored tsvectors (GIN), ranked with {@code ts_rank}, snippets by
 * {@code ts_headline}. On H2 (the demo database): {@code LIKE} on the same rows, no stemming. ADR 24.
 */
@Component
class CableTextSearch {

    private static final String CONFIG = "'english'::regconfig";
    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Boolean postgres;

    CableTextSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SearchPage page(Reader reader, SearchQuery query, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("offset", offset).addValue("limit", limit);
        Sql sql = sql(reader, query, params);
        long total = jdbc.queryForObject(sql.with + " select count(*) from cable c left join matched m on m.cable_id = c.id"
                + " where " + sql.where, params, Long.class);
        if (total == 0 || offset >= total) {
            return new SearchPage(List.of(), total);
        }
        List<SearchHit> hits = jdbc.query(sql.with + " select c.id, c.subject, c.tags, c.origin, c.classification,"
                + " c.caveats, m.score from cable c left join matched m on m.cable_id = c.id where " + sql.where
                + " order by (case when " + sql.meta + " then 1 else 0 end) + coalesce(m.score, 0) desc,"
                + " c.dtg desc nulls last, c.id limit :limit offset :offset", params, (rs, n) -> new SearchHit(
                rs.getString("id"), null, rs.getString("subject") == null ? "(no subject)" : rs.getString("subject"),
                join(rs.getString("origin"), rs.getString("tags")),
                ReaderScope.marking(rs.getString("classification"), rs.getString("caveats"))));
        Map<String, Snippet> snippets = sql.terms.isEmpty() ? Map.of() : snippets(reader, sql, hits);
        return new SearchPage(hits.stream().map(hit -> new SearchHit(hit.cableId(), null, hit.title(), hit.detail(),
                hit.marking(), snippets.get(hit.cableId()))).toList(), total);
    }

    /** The parts of both queries: {@code with matched as (...)}, the where clause over {@code cable c}. */
    private record Sql(String with, String where, String meta, List<String> terms, String any) {
    }

    private Sql sql(Reader reader, SearchQuery query, MapSqlParameterSource params) {
        params.addValue("whole", "%" + WorkSql.escapeLike(query.wholeText()) + "%");
        String meta = "(lower(c.id) like :whole escape '\\' or lower(c.subject) like :whole escape '\\'"
                + " or lower(c.tags) like :whole escape '\\')";
        List<String> where = new ArrayList<>(ReaderScope.readingConditions(reader, params));
        List<String> terms = postgres() ? withLexemes(query.terms()) : query.terms();
        String readable = readable(reader, params);
        String with;
        String any = null;
        if (terms.isEmpty()) {
            with = "with matched as (select cast(null as varchar(64)) as cable_id, 0.0 as score from cable where 1 = 0)";
        } else if (postgres()) {
            any = String.join(" or ", terms.stream().map(CableTextSearch::websearch).toList());
            params.addValue("any", any);
            List<String> each = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                params.addValue("t" + i, websearch(terms.get(i)));
                each.add("bool_or(p.body_tsv @@ websearch_to_tsquery(" + CONFIG + ", :t" + i + "))");
            }
            // The query inline (not from a joined row), so the planner sees a constant and walks the GIN index.
            String tsq = "websearch_to_tsquery(" + CONFIG + ", :any)";
            with = "with matched as (select p.cable_id, sum(ts_rank(p.body_tsv, " + tsq + ")) as score"
                    + " from cable_search_paragraph p where p.body_tsv @@ " + tsq + " and " + readable
                    + " group by p.cable_id having " + String.join(" and ", each) + ")";
        } else {
            List<String> each = new ArrayList<>();
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                params.addValue("t" + i, "%" + WorkSql.escapeLike(terms.get(i)) + "%");
                likes.add("lower(p.body) like :t" + i + " escape '\\'");
                each.add("max(case when lower(p.body) like :t" + i + " escape '\\' then 1 else 0 end) = 1");
            }
            with = "with matched as (select p.cable_id, cast(count(*) as double precision) / 100 as score"
                    + " from cable_search_paragraph p where (" + String.join(" or ", likes) + ") and " + readable
                    + " group by p.cable_id having " + String.join(" and ", each) + ")";
        }
        where.add("(m.cable_id is not null or " + meta + ")");
        return new Sql(with, String.join(" and ", where), meta, terms, any);
    }

    /** The best readable matching paragraph of each cable on the page, cut around the match. */
    private Map<String, Snippet> snippets(Reader reader, Sql sql, List<SearchHit> hits) {
        MapSqlParameterSource params = new MapSqlParameterSource("ids", hits.stream().map(SearchHit::cableId).toList());
        String readable = readable(reader, params);
        Map<String, Snippet> snippets = new HashMap<>();
        if (postgres()) {
            params.addValue("any", sql.any).addValue("options", HEADLINE_OPTIONS);
            String tsq = "websearch_to_tsquery(" + CONFIG + ", :any)";
            // Pick each cable's best paragraph first, then run ts_headline (the costly part) on those only.
            jdbc.query("select b.cable_id, b.paragraph, ts_headline(" + CONFIG + ", b.body, " + tsq + ", :options)"
                    + " as marked from (select distinct on (p.cable_id) p.cable_id, p.paragraph, p.body"
                    + " from cable_search_paragraph p where p.cable_id in (:ids) and " + readable + " and p.body_tsv @@ "
                    + tsq + " order by p.cable_id, ts_rank(p.body_tsv, " + tsq + ") desc, p.paragraph) b", params, rs -> {
                        snippets.put(rs.getString("cable_id"), Snippet.fromMarked(rs.getInt("paragraph"), rs.getString("marked")));
                    });
            return snippets;
        }
        Map<String, Integer> bestFound = new HashMap<>();
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < sql.terms.size(); i++) {
            params.addValue("t" + i, "%" + WorkSql.escapeLike(sql.terms.get(i)) + "%");
            likes.add("lower(p.body) like :t" + i + " escape '\\'");
        }
        jdbc.query("select p.cable_id, p.paragraph, p.body from cable_search_paragraph p where p.cable_id in (:ids) and "
                + readable + " and (" + String.join(" or ", likes) + ") order by p.cable_id, p.paragraph", params, rs -> {
                    // The paragraph holding the most of the terms; the first of those on a tie.
                    String body = rs.getString("body");
                    String lower = body.toLowerCase(Locale.ROOT);
                    int found = (int) sql.terms.stream().filter(lower::contains).count();
                    String cable = rs.getString("cable_id");
                    if (!bestFound.containsKey(cable) || found > bestFound.get(cable)) {
                        bestFound.put(cable, found);
                        snippets.put(cable, Snippet.fromMarked(rs.getInt("paragraph"), Snippet.around(body, sql.terms)));
                    }
                });
        return snippets;
    }

    /** The paragraphs this reader is cleared for (the cable as a whole is checked by {@link ReaderScope}). */
    private static String readable(Reader reader, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        Classification level = reader.clearance().level();
        if (level != Classification.SECRET) {
            params.addValue("paragraphRank", level.ordinal());
            conditions.add("p.level_rank <= :paragraphRank");
        }
        if (!reader.clearance().caveats().contains(PortionMarking.NOFORN)) {
            conditions.add("p.noforn = false");
        }
        return conditions.isEmpty() ? "1 = 1" : "(" + String.join(" and ", conditions) + ")";
    }

    /** Terms that PostgreSQL turns into at least one lexeme; a stop word alone ("the") would match nothing. */
    private List<String> withLexemes(List<String> terms) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            params.addValue("t" + i, websearch(terms.get(i)));
            columns.add("numnode(websearch_to_tsquery(" + CONFIG + ", :t" + i + ")) as n" + i);
        }
        return jdbc.query("select " + String.join(", ", columns), params, rs -> {
            List<String> kept = new ArrayList<>();
            if (rs.next()) {
                for (int i = 0; i < terms.size(); i++) {
                    if (rs.getInt("n" + i) > 0) {
                        kept.add(terms.get(i));
                    }
                }
            }
            return kept;
        });
    }

    /** A term as websearch syntax: a phrase in quotes; the term holds no quotes (see {@link SearchQuery}). */
    private static String websearch(String term) {
        return SearchQuery.isPhrase(term) ? "\"" + term + "\"" : term;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
                    .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (a != null && b != null ? " · " : "") + (b == null ? "" : b);
    }
}
