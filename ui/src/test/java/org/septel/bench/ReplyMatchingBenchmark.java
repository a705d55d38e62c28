package org.septel.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.septel.SyntheticCorpus;
import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;
import org.septel.commitment.CounterpartKeys;
import org.septel.commitment.CounterpartSamples;
import org.septel.commitment.ReplyMatchingProbe;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Reading and matching one reply cable (real paragraphs from {@link SyntheticCorpus}) against N follow-ups, two in
 * three open: the keyed lookup of ADR 0027 beside the full scan of every open follow-up it replaced, in the same
 * run, with a check that both find the same matches. Follow-ups are written with JDBC batches, their counterpart
 * keys computed as the entity computes them; surnames come from the corpus's own signers and from made-up ones, so
 * some replies do name some follow-ups. Writes of a match (the proposal rows and events) are the same for both
 * paths and are left out. Not part of the test run:
 * {@code mvn -B -ntp -q -pl ui exec:java -Dbench.main=org.septel.bench.ReplyMatchingBenchmark -Dexec.args="100000 postgres"}.
 */
public final class ReplyMatchingBenchmark {

    private static final int REPLIES = 40;
    /** Far above the sequences' values, so the seeded rows never meet rows filing writes. */
    private static final long FIRST_ID = 50_000_000L;
    private static final int FULL_SCAN_RUNS = Integer.getInteger("bench.scan-runs", 3);
    /** Replies whose matches are compared both ways before timing (each costs one full scan). */
    private static final int CHECKED = Integer.getInteger("bench.checked", 10);
    private static final String[] REAL_NAMES = {"Caza", "Wilkins", "Harper", "Emerson", "Fried", "Crocker", "Kelly",
            "Rice", "Burns", "Negroponte", "Martin", "Brown", "Smith", "Lee", "Ahmed", "Karzai", "Musharraf"};

    private ReplyMatchingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String database = args.length > 1 ? args[1] : "postgres";
        try (ConfigurableApplicationContext context = BenchContext.start(database)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc, count);
            jdbc.execute(database.equals("postgres") ? "vacuum analyze" : "analyze");
            System.out.printf(Locale.ROOT, "database %s: seeded %,d follow-ups (%,d open with an actor) in %.1f s%n",
                    database, count, jdbc.queryForObject("select count(*) from commitment where actor is not null and"
                            + " status not in ('FULFILLED', 'PARTLY_FULFILLED', 'WITHDRAWN')", Long.class),
                    (System.nanoTime() - seedStart) / 1e9);
            List<ParsedCable> replies = replies();
            ReplyMatchingProbe probe = new ReplyMatchingProbe(context);
            showSql(probe, replies.get(0), database, jdbc);
            int matches = 0;
            long read = 0;
            for (ParsedCable reply : replies.subList(0, CHECKED)) {
                List<String> keyed = probe.prefiltered(reply, id -> true);
                if (!keyed.equals(probe.fullScan(reply, id -> true))) {
                    throw new IllegalStateException("the keyed lookup and the full scan differ for " + reply.id());
                }
                matches += keyed.size();
                read += probe.candidates(reply);
            }
            System.out.printf(Locale.ROOT, "%d replies: same matches both ways (%d in all); the lookup read %.1f"
                    + " follow-ups per reply%n", CHECKED, matches, (double) read / CHECKED);
            report("Reply matching, keyed lookup (ADR 0027)", replies, replies.size() * 3,
                    reply -> probe.prefiltered(reply, id -> true));
            report("  baseline: full scan of every open follow-up", replies, FULL_SCAN_RUNS,
                    reply -> probe.fullScan(reply, id -> true));
        }
    }

    private static void report(String what, List<ParsedCable> replies, int runs,
            Function<ParsedCable, List<String>> match) {
        match.apply(replies.get(replies.size() - 1));
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            match.apply(replies.get(i % replies.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-50s p50 %9.2f ms   p95 %9.2f ms   (%d runs)%n", what, nanos[runs / 2] / 1e6,
                nanos[Math.min(runs - 1, (int) (runs * 0.95))] / 1e6, runs);
    }

    /** The SQL Hibernate sends for one keyed lookup and, on PostgreSQL, the plan of its shape (partial indexes). */
    private static void showSql(ReplyMatchingProbe probe, ParsedCable reply, String database, JdbcTemplate jdbc) {
        Logger sql = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        sql.setLevel(Level.DEBUG);
        probe.candidates(reply);
        sql.setLevel(Level.WARN);
        if (database.equals("postgres")) {
            jdbc.queryForList("explain select * from commitment c where c.status not in ('FULFILLED',"
                    + " 'PARTLY_FULFILLED', 'WITHDRAWN') and c.actor is not null and (c.counterpart_surname in"
                    + " ('caza', 'said', 'harper') or c.counterpart_org in ('caza', 'said', 'harper'))", String.class)
                    .forEach(line -> System.out.println("  plan: " + line));
        }
    }

    private static List<ParsedCable> replies() {
        SyntheticCorpus corpus = SyntheticCorpus.fromClasspath(11);
        CableParser parser = new CableParser(ParserLimits.defaults());
        List<ParsedCable> replies = new ArrayList<>();
        for (int i = 0; replies.size() < REPLIES; i++) {
            SyntheticCorpus.Cable cable = corpus.cable(i);
            if (parser.parse(cable.fileName(), cable.bytes()) instanceof ParseResult.Parsed ok
                    && !ok.cable().paragraphs().isEmpty()) {
                replies.add(ok.cable());
            }
        }
        return replies;
    }

    /** Cables, confirmed candidates and follow-ups as filing writes them, with the keys the entity derives. */
    private static void seed(JdbcTemplate jdbc, int count) {
        Random random = new Random(27);
        Timestamp at = Timestamp.from(Instant.parse("2010-01-01T00:00:00Z"));
        Date due = Date.valueOf(LocalDate.parse("2010-06-30"));
        int cables = Math.max(1, count / 4);
        List<Object[]> rows = new ArrayList<>();
        for (int c = 0; c < cables; c++) {
            rows.add(new Object[] {"10BENCH" + (c + 1), ("cable " + c).getBytes(StandardCharsets.UTF_8), "sha-bench-" + c, at});
            if (rows.size() == 2000 || c == cables - 1) {
                jdbc.batchUpdate("insert into cable (id, subject, classification, desk, raw_bytes, charset, sha256,"
                        + " received_at) values (?, 'bench', 'UNCLASSIFIED', 'desk:D1', ?, 'UTF-8', ?, ?)", rows);
                rows.clear();
            }
        }
        List<Object[]> candidates = new ArrayList<>();
        List<Object[]> commitments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String cable = "10BENCH" + (i % cables + 1);
            String actor = switch (random.nextInt(4)) {
                case 0 -> "Minister " + REAL_NAMES[random.nextInt(REAL_NAMES.length)];
                case 1 -> CounterpartSamples.actor(random);
                default -> "Official " + madeUpSurname(random);
            };
            String org = random.nextInt(3) == 0 ? null : "ORG" + random.nextInt(400);
            String action = CounterpartSamples.action(random);
            String status = random.nextInt(3) == 0 ? "FULFILLED" : "OPEN";
            candidates.add(new Object[] {FIRST_ID + i, cable, i, actor, org, action, due});
            commitments.add(new Object[] {FIRST_ID + i, cable, FIRST_ID + i, actor, org, action, due, status, at,
                    CounterpartKeys.surname(actor), CounterpartKeys.organisation(org)});
            if (commitments.size() == 2000 || i == count - 1) {
                jdbc.batchUpdate("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor,"
                        + " actor_org, direction, action, anchor, vague, due_date, evidence_start, evidence_end,"
                        + " evidence_text, confidence, review_state) values (?, ?, ?, 1, 'promise', ?, ?, 'owed_to_us',"
                        + " ?, 'DCT', false, ?, 0, 10, 'evidence', 0.9, 'CONFIRMED')", candidates);
                jdbc.batchUpdate("insert into commitment (id, cable_id, candidate_id, kind, actor, actor_org, action,"
                        + " direction, due_date, owner, status, created_at, counterpart_surname, counterpart_org)"
                        + " values (?, ?, ?, 'promise', ?, ?, ?, 'owed_to_us', ?, 'officer1', ?, ?, ?, ?)", commitments);
                candidates.clear();
                commitments.clear();
            }
        }
    }

    private static String madeUpSurname(Random random) {
        String[] syllables = {"ka", "lo", "mer", "tin", "sa", "vor", "el", "dan", "ri", "qu", "ost", "ba"};
        String name = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                + syllables[random.nextInt(syllables.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
