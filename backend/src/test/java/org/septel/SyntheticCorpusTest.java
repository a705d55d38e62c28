package org.septel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.cable.CableId;
import org.septel.cable.CableParser;
import org.septel.cable.ParseResult;
import org.septel.cable.ParsedCable;
import org.septel.cable.ParserLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {

    private static final SyntheticCorpus CORPUS = SyntheticCorpus.fromClasspath(42);
    private final CableParser parser = new CableParser(ParserLimits.defaults());

    @Test
    void most_real_cables_serve_as_templates() {
        assertThat(CORPUS.templateCount()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void every_generated_cable_parses_into_one_cable_under_the_promised_id_and_no_id_repeats() {
        Set<String> ids = new HashSet<>();
        Set<String> origins = new HashSet<>();
        Set<Integer> paragraphCounts = new HashSet<>();
        Iterator<SyntheticCorpus.Cable> cables = CORPUS.iterator(0, 1_500);
        while (cables.hasNext()) {
            SyntheticCorpus.Cable cable = cables.next();
            List<ParseResult> results = parser.parseFile(cable.fileName(), cable.bytes());
            assertThat(results).as(cable.id()).hasSize(1);
            assertThat(results.get(0)).as(cable.id()).isInstanceOf(ParseResult.Parsed.class);
            ParsedCable parsed = ((ParseResult.Parsed) results.get(0)).cable();
            String filedAs = CableId.isCanonical(parsed.id()) ? parsed.id() : cable.fileName().replace(".txt", "");
            assertThat(filedAs).as("index %d", cable.index()).isEqualTo(cable.id());
            assertThat(ids.add(cable.id())).as("%s repeats", cable.id()).isTrue();
            origins.add(parsed.origin());
            paragraphCounts.add(parsed.paragraphs().size());
        }
        assertThat(origins).as("origins vary").hasSizeGreaterThan(50);
        assertThat(paragraphCounts).as("paragraph mixes vary").hasSizeGreaterThan(10);
    }

    @Test
    void the_same_seed_gives_the_same_cables_and_another_seed_other_texts() {
        SyntheticCorpus again = SyntheticCorpus.fromClasspath(42);
        SyntheticCorpus other = SyntheticCorpus.fromClasspath(7);
        int differing = 0;
        for (long i = 0; i < 200; i++) {
            assertThat(again.cable(i).bytes()).isEqualTo(CORPUS.cable(i).bytes());
            assertThat(other.cable(i).id().substring(2)).as("station and serial depend on the index only")
                    .isEqualTo(CORPUS.cable(i).id().substring(2));
            if (!new String(other.cable(i).bytes()).equals(new String(CORPUS.cable(i).bytes()))) {
                differing++;
            }
        }
        assertThat(differing).isGreaterThan(190);
    }

    @Test
    void cables_from_one_template_differ_in_their_time_words_names_and_paragraphs() {
        Set<String> texts = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            String text = new String(CORPUS.cable(i).bytes());
            // strip what varies by construction (station, serial, date) and compare the rest
            texts.add(text.replaceAll("[A-Z]+ 2\\d{5}", "").replaceAll("\\d{6}Z [A-Z]{3} \\d{2}", ""));
        }
        assertThat(texts).hasSize(500);
    }

    @Test
    void writes_a_corpus_to_folders_of_files_named_by_id(@TempDir Path dir) throws IOException {
        CORPUS.writeTo(dir, 250, 100);

        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).hasSize(250);
            assertThat(written).extracting(p -> p.getParent().getFileName().toString()).containsOnly("part-00000", "part-00001", "part-00002");
        }
        SyntheticCorpus.Cable seventh = CORPUS.cable(7);
        assertThat(Files.readAllBytes(dir.resolve("part-00000").resolve(seventh.fileName()))).isEqualTo(seventh.bytes());
    }
}
