package org.septel.commitment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.cable.CableId;
import org.septel.cable.ParsedCable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply matching that reads only the follow-ups a reply's paragraphs can name finds exactly what reading every open
 * follow-up found: the same commitments, the same passages, in the same order (ADR 0027). Hundreds of generated
 * follow-ups (open and closed, odd names, organisations only, actors only) against hundreds of generated replies.
 * Only this test's own rows are compared: other tests on a shared database write rows behind the entity's back.
 */
abstract class ReplyPrefilterContract {

    private static final String CABLE = "99PREFILTER1";
    private static final long FIRST_CANDIDATE = 91_000_000;
    private static final int FOLLOW_UPS = 600;
    private static final int REPLIES = 300;

    @Autowired
    CommitmentRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void removeOwnRows() {
        jdbc.update("delete from commitment_aud where id in (select id from commitment where cable_id = ?)", CABLE);
        jdbc.update("delete from commitment where cable_id = ?", CABLE);
        jdbc.update("delete from follow_up_candidate where cable_id = ?", CABLE);
        jdbc.update("delete from cable where id = ?", CABLE);
    }

    @Test
    void the_keyed_lookup_finds_exactly_the_matches_of_the_full_scan_in_the_same_order() {
        Random random = new Random(20261129);
        Set<Long> mine = seed(random);
        ReplyMatchingProbe probe = new ReplyMatchingProbe(context);
        int matched = 0;
        int read = 0;
        for (int r = 0; r < REPLIES; r++) {
            ParsedCable reply = CounterpartSamples.reply(random, "09PREFILTER" + r);
            List<String> fullScan = probe.fullScan(reply, mine::contains);

            assertThat(probe.prefiltered(reply, mine::contains)).as("reply %s", reply.text()).isEqualTo(fullScan);
            matched += fullScan.size();
            read += probe.candidates(reply);
        }
        assertThat(matched).as("the generated replies do match").isGreaterThan(REPLIES);
        assertThat(read).as("the lookup reads fewer follow-ups than the scan").isLessThan(REPLIES * FOLLOW_UPS / 2);
    }

    @Test
    void stored_keys_follow_the_names_as_the_matcher_reads_them() {
        seed(new Random(7));
        List<Map<String, Object>> rows = jdbc.queryForList("select actor, actor_org, counterpart_surname,"
                + " counterpart_org from commitment where cable_id = ?", CABLE);
        assertThat(rows).hasSize(FOLLOW_UPS).allSatisfy(row -> {
            assertThat(row.get("counterpart_surname")).isEqualTo(CounterpartKeys.surname((String) row.get("actor")));
            assertThat(row.get("counterpart_org")).isEqualTo(CounterpartKeys.organisation((String) row.get("actor_org")));
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("counterpart_surname")).isEqualTo("o'brien"));
    }

    /** Follow-ups written through the entity (so its lifecycle sets the keys), a third of them closed. */
    private Set<Long> seed(Random random) {
        jdbc.update("insert into cable (id, subject, classification, desk, raw_bytes, charset, sha256, received_at)"
                + " values (?, 'prefilter', 'UNCLASSIFIED', 'desk:WHA-CAN', ?, 'UTF-8', ?, ?)", CABLE,
                "cable".getBytes(StandardCharsets.UTF_8), "sha-" + CABLE, Timestamp.from(Instant.parse("2008-01-01T00:00:00Z")));
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < FOLLOW_UPS; i++) {
            long candidate = FIRST_CANDIDATE + i;
            String actor = CounterpartSamples.actor(random);
            String org = CounterpartSamples.org(random);
            String action = CounterpartSamples.action(random);
            jdbc.update("insert into follow_up_candidate (id, cable_id, position, paragraph, kind, actor, actor_org,"
                    + " direction, action, anchor, vague, due_date, evidence_start, evidence_end, evidence_text,"
                    + " confidence, review_state) values (?, ?, ?, 1, 'promise', ?, ?, 'owed_to_us', ?, 'DCT', false, ?,"
                    + " 0, 10, 'evidence', 0.9, 'CONFIRMED')", candidate, CABLE, i, actor, org, action,
                    CommitmentFixture.DUE);
            Commitment commitment = new Commitment(new CandidateView(candidate, CableId.of(CABLE), 1, "promise", actor,
                    org, null, "owed_to_us", action, null, null, CommitmentFixture.DUE, "DCT", false,
                    CommitmentFixture.DUE, null, 0, 10, "evidence", 0.9, null, null, ReviewState.CONFIRMED, null, null),
                    "dana", CommitmentFixture.NOW);
            switch (random.nextInt(6)) {
                case 0 -> commitment.fulfil("done", CommitmentFixture.NOW);
                case 1 -> commitment.withdraw("moot", CommitmentFixture.NOW);
                case 2 -> commitment.markOverdue();
                case 3 -> commitment.remindedBeforeDue();
                default -> { }
            }
            commitments.add(commitment);
        }
        Set<Long> ids = new HashSet<>();
        repository.saveAll(commitments).forEach(c -> ids.add(c.id()));
        return ids;
    }
}
