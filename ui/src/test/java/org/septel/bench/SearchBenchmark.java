package org.septel.bench;

import org.septel.SyntheticCorpus;
import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.reporting.Search;
import org.septel.reporting.SearchIndexBackfill;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Server time of one search (count + first page of 20 cables + their snippets, what the search screen asks for) over
 * N cables made from the real corpus ({@link SyntheticCorpus}: real paragraphs with their portion markings), 10
 * desks, beside a plain SQL {@code LIKE} over the same paragraph table (desk only, no clearance, no ranking) in the
 * same run. Cables are inserted with JDBC batches and indexed by the backfill (its rate is printed too). Not part of
 * the test run:
 * {@code mvn -B -ntp -q -pl ui exec:java -Dbench.main=org.septel.bench.SearchBenchmark -Dexec.args="20000 postgres"}.
 */
public final class SearchBenchmark {

    private static final int DESKS = 10;
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    private static final String[] QUERIES = {"government", "minister", "proliferation", "election", "caretaker",
            "prime minister", "\"foreign affairs\"", "embassy officials", "sanctions iran", "trade agreement"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String database = args.length > 1 ? args[1] : "h2";
        System.setProperty("septel.search.backfill-on-start", "false");
        try (ConfigurableApplicationContext context = BenchContext.start(database)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc, count);
            double seeded = (System.nanoTime() - seedStart) / 1e9;
            long indexStart = System.nanoTime();
            int indexed = context.getBean(SearchIndexBackfill.class).run();
            double indexing = (System.nanoTime() - indexStart) / 1e9;
            jdbc.execute("analyze");
            long rows = jdbc.queryForObject("select count(*) from cable_search_paragraph", Long.class);
            System.out.printf(Locale.ROOT, "database %s: %,d cables inserted in %.1f s; backfill indexed %,d cables"
                    + " (%,d paragraph rows) in %.1f s, %.0f cables/s%n", database, count, seeded, indexed, rows, indexing,
                    indexed / indexing);
            run(context.getBean(Search.class), jdbc);
        }
    }

    private static void run(Search search, JdbcTemplate jdbc) {
        Clearance secret = Clearance.of(Classification.SECRET);
        Clearance confidential = Clearance.of(Classification.CONFIDENTIAL);
        IntConsumer officer = i -> search.cables(new Reader("officer", secret, Set.of(desk(i)), false), query(i), 0, 20);
        IntConsumer uncleared = i -> search.cables(new Reader("intern", confidential, Set.of(desk(i)), false), query(i), 0, 20);
        IntConsumer admin = i -> search.cables(Reader.anyDesk("admin", Clearance.of(Classification.SECRET,
                PortionMarking.NOFORN)), query(i), 0, 20);
        IntConsumer like = i -> {
            String word = "%" + query(i).replace("\"", "").split(" ")[0] + "%";
            jdbc.queryForObject("select count(distinct p.cable_id) from cable_search_paragraph p join cable c on"
                    + " c.id = p.cable_id where c.desk = ? and lower(p.body) like ?", Long.class, desk(i), word);
            jdbc.queryForList("select distinct p.cable_id from cable_search_paragraph p join cable c on c.id = p.cable_id"
                    + " where c.desk = ? and lower(p.body) like ? order by p.cable_id limit 20", desk(i), word);
        };
        IntConsumer likeAll = i -> {
            String word = "%" + query(i).replace("\"", "").split(" ")[0] + "%";
            jdbc.queryForObject("select count(distinct p.cable_id) from cable_search_paragraph p where lower(p.body) like ?",
                    Long.class, word);
            jdbc.queryForList("select distinct p.cable_id from cable_search_paragraph p where lower(p.body) like ?"
                    + " order by p.cable_id limit 20", word);
        };
        System.out.printf(Locale.ROOT, "hits per query (admin): %s%n", Arrays.stream(QUERIES).map(q -> q + "=" + search
                .cables(Reader.anyDesk("admin", Clearance.of(Classification.SECRET, PortionMarking.NOFORN)), q, 0, 1)
                .total()).toList());
        report("Search, desk officer (SECRET, one desk + INFO copies)", officer);
        report("Search, desk officer cleared CONFIDENTIAL", uncleared);
        report("Search, administrator (all desks)", admin);
        report("  baseline: plain LIKE on paragraphs, first word, one desk", like);
        report("  baseline: plain LIKE on paragraphs, first word, all desks", likeAll);
    }

    private static String query(int i) {
        return QUERIES[i % QUERIES.length];
    }

    private static String desk(int i) {
        return "desk:D" + (i % DESKS);
    }

    private static void report(String what, IntConsumer query) {
        for (int i = 0; i < 10; i++) {
            query.accept(i + 1000);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-62s p50 %7.2f ms   p95 %7.2f ms%n", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6);
    }

    /** Cable rows as filing writes them (header fields from the parser, the bytes as received), 10 desks. */
    private static void seed(JdbcTemplate jdbc, int count) {
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(6);
        CableParser parser = new CableParser(ParserLimits.defaults());
        Timestamp received = Timestamp.from(Instant.parse("2010-01-01T00:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            SyntheticCorpus.Cable cable = corpus.cable(i);
            if (!seen.add(cable.id()) || !(parser.parse(cable.fileName(), cable.bytes()) instanceof ParseResult.Parsed ok)) {
                continue;
            }
            ParsedCable parsed = ok.cable();
            rows.add(new Object[] {cable.id(), parsed.subject(), parsed.classification(), String.join(", ", parsed.caveats()),
                    String.join(" ", parsed.tags()), desk(i), i % 7 == 0 ? desk(i + 3) : null, cable.bytes(), "sha" + i,
                    received, parsed.dtg() == null ? null : Timestamp.from(parsed.dtg())});
            if (rows.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate("insert into cable (id, subject, classification, caveats, tags, desk, info_desks,"
                        + " raw_bytes, charset, sha256, received_at, dtg) values (?, ?, ?, ?, ?, ?, ?, ?, 'UTF-8', ?, ?, ?)", rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into cable (id, subject, classification, caveats, tags, desk, info_desks,"
                    + " raw_bytes, charset, sha256, received_at, dtg) values (?, ?, ?, ?, ?, ?, ?, ?, 'UTF-8', ?, ?, ?)", rows);
        }
    }
}
