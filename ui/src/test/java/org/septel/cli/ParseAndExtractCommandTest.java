package org.septel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.TestCables;
import org.septel.cable.SampleCables;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParseAndExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void prints_one_json_line_per_cable_in_input_order_with_the_documented_fields() throws IOException {
        Files.write(dir.resolve("1-seed.txt"), SampleCables.seed());
        Files.write(dir.resolve("2-newdelhi.txt"), TestCables.bytes("06NEWDELHI5135"));

        Run run = parse(dir.toString());

        assertThat(run.exit).isZero();
        assertThat(run.lines).hasSize(2);
        JsonNode seed = run.lines.get(0);
        List<String> fields = new ArrayList<>();
        seed.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "origin", "dtg", "precedence", "classification", "caveats", "tags",
                "subject", "references", "signer", "to", "info", "paragraphs", "warnings", "file");
        assertThat(seed.get("id").asText()).isEqualTo("08OTTAWA1245");
        assertThat(seed.get("dtg").asText()).isEqualTo("2008-09-19T17:55Z");
        assertThat(seed.get("origin").asText()).isEqualTo("Embassy Ottawa");
        assertThat(seed.get("precedence").asText()).isEqualTo("IMMEDIATE");
        assertThat(seed.get("references").toString()).isEqualTo("[\"08STATE99000\",\"08STATE97505\"]");
        assertThat(seed.get("paragraphs").get(0).get("marking").asText()).isEqualTo("S/REL CAN");
        assertThat(run.lines.get(1).get("id").asText()).isEqualTo("06NEWDELHI5135");
        assertThat(run.lines.get(1).get("file").asText()).endsWith("2-newdelhi.txt");
    }

    @Test
    void an_unreadable_input_prints_an_error_line_and_the_command_exits_1() throws IOException {
        Files.write(dir.resolve("a.txt"), SampleCables.seed());
        Files.write(dir.resolve("b.txt"), "not a cable at all\n".getBytes(StandardCharsets.UTF_8));

        Run run = parse(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(), dir.resolve("none.txt").toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.lines).hasSize(3);
        assertThat(run.lines.get(0).has("error")).isFalse();
        assertThat(run.lines.get(1).get("error").asText()).startsWith("line ");
        assertThat(run.lines.get(2).get("error").asText()).isEqualTo("no such file");
        assertThat(run.lines.get(2).get("file").asText()).endsWith("none.txt");
    }

    @Test
    void extract_prints_the_seed_cables_follow_ups_with_their_dates() throws IOException {
        Files.write(dir.resolve("seed.txt"), SampleCables.seed());

        Run run = command("extract", dir.resolve("seed.txt").toString());

        assertThat(run.exit).isZero();
        JsonNode line = run.lines.get(0);
        assertThat(line.get("id").asText()).isEqualTo("08OTTAWA1245");
        assertThat(line.get("file").asText()).endsWith("seed.txt");
        List<JsonNode> commitments = new ArrayList<>();
        line.get("commitments").forEach(commitments::add);
        assertThat(commitments).anySatisfy(c -> {
            assertThat(c.get("due_text").asText()).contains("first few months of 2009");
            assertThat(c.at("/due/earliest").asText()).isEqualTo("2009-01-01");
            assertThat(c.at("/due/latest").asText()).isEqualTo("2009-04-30");
        });
        assertThat(commitments).allSatisfy(c -> assertThat(c.has("evidence") && c.has("confidence") && c.has("cue")).isTrue());
    }

    private static Run parse(String... paths) throws IOException {
        return command("parse", paths);
    }

    private static Run command(String name, String... paths) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(name, "--json"));
        args.addAll(List.of(paths));
        int exit = SeptelCli.run(org.septel.Application.class, args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (Iterator<String> it = out.toString().lines().iterator(); it.hasNext(); ) {
            lines.add(JSON.readTree(it.next()));
        }
        return new Run(exit, lines);
    }

    private record Run(int exit, List<JsonNode> lines) {
    }
}
