package org.septel.reporting;

import org.septel.cable.CableId;
import org.septel.commitment.Commitments;
import org.septel.commitment.ReminderKind;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives follow-ups through random lifecycle moves with the real {@link Commitments} (each move its own
 * transaction; refused moves roll back), and checks the board's summary rows against a count over the follow-ups.
 */
final class BoardMoves {

    static final String[] OWNERS = {"dana", "eve", "finn"};
    static final String[] ORGS = {"PCO", "DFAIT", "Finance", null};

    private BoardMoves() {
    }

    /** Confirmed candidates on the given cables, opened as commitments through the domain; returns their ids. */
    static List<Long> open(ReportingRows rows, Commitments commitments, Random random, int count, String... cables) {
        for (int i = 0; i < count; i++) {
            String cable = cables[i % cables.length];
            boolean anchored = random.nextInt(6) == 0;
            LocalDate due = anchored || random.nextInt(10) == 0 ? null
                    : LocalDate.parse("2008-09-22").plusDays(random.nextInt(240) - 160);
            rows.candidate(cable, "Person" + random.nextInt(5), ORGS[random.nextInt(ORGS.length)], "act " + i, due, null,
                    anchored ? "EVENT" : "DCT", "CONFIRMED", 0.9, 1);
        }
        List<Long> ids = new ArrayList<>();
        for (String cable : cables) {
            ids.addAll(commitments.openConfirmed(CableId.of(cable), OWNERS[random.nextInt(OWNERS.length)]));
        }
        return ids;
    }

    /** One random move on a random follow-up; a move its state refuses changes nothing. */
    static void move(Commitments commitments, Random random, List<Long> ids) {
        long id = ids.get(random.nextInt(ids.size()));
        LocalDate day = LocalDate.parse("2008-09-22").plusDays(random.nextInt(200) - 100);
        try {
            switch (random.nextInt(10)) {
                case 0, 1 -> commitments.markOverdue(id);
                case 2, 3 -> {
                    LocalDate due = commitments.find(id).dueDate();
                    commitments.extend(id, (due == null ? day : due).plusDays(1 + random.nextInt(40)), "waiting", "morgan");
                }
                case 4 -> commitments.reassign(id, OWNERS[random.nextInt(OWNERS.length)], "morgan", "leave");
                case 5 -> commitments.askToChase(id, "morgan", null);
                case 6 -> commitments.setAnchorDate(id, day, "dana");
                case 7 -> commitments.remind(id, ReminderKind.BEFORE_DUE);
                case 8 -> commitments.fulfil(id, "done");
                default -> commitments.withdraw(id, "overtaken");
            }
        } catch (IllegalStateException | IllegalArgumentException refused) {
            // the lifecycle refused this move; the transaction rolled back with the read model's share of it
        }
    }

    /** board_count and board_tag_count hold exactly what a count over the open follow-ups gives. */
    static void assertSummaryMatchesFollowUps(JdbcTemplate jdbc) {
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> expectedTags = new HashMap<>();
        jdbc.query(BoardReadModel.KEY_SELECT + " where " + BoardReadModel.OPEN_STATES, rs -> {
            String rest = rs.getString("desk") + "|" + rs.getInt("class_rank") + "|" + rs.getBoolean("noforn") + "|";
            String when = "|" + rs.getObject("due_date", LocalDate.class) + "|" + rs.getBoolean("late");
            expected.merge(rest + rs.getString("owner") + "|" + rs.getString("org") + when, 1L, Long::sum);
            for (String tag : BoardKey.words(rs.getString("tags"))) {
                expectedTags.merge(tag + "|" + rest + when, 1L, Long::sum);
            }
        });
        Map<String, Long> actual = new HashMap<>();
        jdbc.query("select * from board_count", rs -> {
            actual.put(rs.getString("desk") + "|" + rs.getInt("class_rank") + "|" + rs.getBoolean("noforn") + "|"
                    + rs.getString("owner") + "|" + rs.getString("org") + "|" + rs.getObject("due_date", LocalDate.class)
                    + "|" + rs.getBoolean("late"), rs.getLong("n"));
        });
        Map<String, Long> actualTags = new HashMap<>();
        jdbc.query("select * from board_tag_count", rs -> {
            actualTags.put(rs.getString("tag") + "|" + rs.getString("desk") + "|" + rs.getInt("class_rank") + "|"
                    + rs.getBoolean("noforn") + "|" + "|" + rs.getObject("due_date", LocalDate.class) + "|"
                    + rs.getBoolean("late"), rs.getLong("n"));
        });
        assertThat(actual).as("board_count").isEqualTo(expected);
        assertThat(values(jdbc, "select " + BoardReadModel.SLIPPED_COLUMNS + " from board_slipped order by 1"))
                .as("board_slipped")
                .isEqualTo(values(jdbc, "select * from (" + BoardReadModel.slippedSelect("") + ") x order by 1"));
        assertThat(actualTags).as("board_tag_count").isEqualTo(expectedTags);
    }

    private static List<List<String>> values(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForList(sql).stream()
                .map(row -> row.values().stream().map(String::valueOf).toList()).toList();
    }
}
