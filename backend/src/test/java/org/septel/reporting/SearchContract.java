package org.septel.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cable search over the text a reader may read, on H2 and PostgreSQL. {@code 09STATE12345} is SECRET with
 * paragraphs U (KUMQUAT), C (PERSIMMON), S (ZANZIBAR) and S/NF (QUASAR); {@code 09STATE12347} is the same text
 * under a CONFIDENTIAL header, so its S paragraph is withheld from a CONFIDENTIAL reader who may read the rest.
 */
abstract class SearchContract {

    static final String CAN = "desk:WHA-CAN";
    static final String IRAN = "desk:NEA-IR";

    @Autowired
    Search search;
    @Autowired
    CableIntake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndexBackfill backfill;

    final Reader secretNoforn = new Reader("sam", Clearance.of(Classification.SECRET, PortionMarking.NOFORN), Set.of(CAN), false);
    final Reader secret = new Reader("sid", Clearance.of(Classification.SECRET), Set.of(CAN), false);
    final Reader confidential = new Reader("cat", Clearance.of(Classification.CONFIDENTIAL), Set.of(CAN), false);
    final Reader otherDesk = new Reader("eve", Clearance.of(Classification.SECRET, PortionMarking.NOFORN), Set.of("desk:EUR-FR"), false);
    final Reader infoDesk = new Reader("ira", Clearance.of(Classification.SECRET), Set.of(IRAN), false);

    @BeforeEach
    void cables() throws IOException {
        new ReportingRows(jdbc).clear();
        String text = fixture();
        file("09STATE12345", text);
        file("09STATE12347", text.replace("S E C R E T STATE 012345", "C O N F I D E N T I A L STATE 012347"));
        for (int serial = 1; serial <= 5; serial++) {
            file("09STATE2000" + serial, text.replace("S E C R E T STATE 012345", "U N C L A S S I F I E D STATE 02000"
                    + serial).replace("KUMQUAT", "KUMQUAT PAGING"));
        }
    }

    @Test
    void a_word_of_a_secret_paragraph_is_found_only_by_readers_cleared_for_it() {
        assertThat(ids(confidential, "ZANZIBAR")).as("the S paragraph of a C cable").isEmpty();
        assertThat(search.cables(confidential, "ZANZIBAR", 0, 10).total()).isZero();
        assertThat(ids(secret, "ZANZIBAR")).contains("09STATE12345", "09STATE12347");
        assertThat(ids(confidential, "PERSIMMON")).contains("09STATE12347").doesNotContain("09STATE12345");
        assertThat(ids(secret, "QUASAR")).as("S/NF paragraph, reader not NOFORN").isEmpty();
        assertThat(ids(secretNoforn, "QUASAR")).contains("09STATE12345", "09STATE12347");
    }

    @Test
    void another_desk_finds_nothing_and_an_info_desk_finds_its_copies() {
        assertThat(ids(otherDesk, "ZANZIBAR")).isEmpty();
        assertThat(ids(otherDesk, "09STATE12345")).isEmpty();
        assertThat(ids(infoDesk, "ZANZIBAR")).isEmpty();

        jdbc.update("update cable set info_desks = ? where id = ?", IRAN + ",desk:EUR-DE", "09STATE12345");

        assertThat(ids(infoDesk, "ZANZIBAR")).containsExactly("09STATE12345");
        assertThat(ids(infoDesk, "QUASAR")).isEmpty();
        assertThat(ids(otherDesk, "ZANZIBAR")).isEmpty();
    }

    @Test
    void a_snippet_is_cut_only_from_paragraphs_the_reader_may_read() {
        for (SearchHit hit : search.cables(confidential, "mentions", 0, 10).hits()) {
            assertThat(hit.snippet()).as(hit.cableId()).isNotNull();
            assertThat(hit.snippet().plainText()).doesNotContain("ZANZIBAR", "QUASAR", "deliver");
        }
        SearchHit hit = search.cables(secret, "ZANZIBAR", 0, 10).hits().get(0);
        assertThat(hit.snippet().paragraph()).isEqualTo(3);
        assertThat(hit.snippet().parts()).filteredOn(Snippet.Part::match).extracting(p -> p.text().toUpperCase())
                .containsOnly("ZANZIBAR");
        assertThat(hit.snippet().plainText()).contains("The secret paragraph mentions ZANZIBAR").doesNotContain("QUASAR");
    }

    @Test
    void every_word_and_phrase_must_occur_in_readable_text_of_the_cable() {
        assertThat(ids(confidential, "persimmon kumquat")).as("two paragraphs of one cable").contains("09STATE12347");
        assertThat(ids(confidential, "persimmon zanzibar")).as("one of them withheld").isEmpty();
        assertThat(ids(confidential, "persimmon nowhereword")).isEmpty();
        assertThat(ids(secret, "\"deliver the points\"")).contains("09STATE12345", "09STATE12347").hasSize(7);
        assertThat(ids(secret, "\"points the deliver\"")).isEmpty();
        assertThat(ids(confidential, "09STATE1234")).as("id").containsExactly("09STATE12347");
        assertThat(ids(confidential, "KNNP")).as("TAGS").contains("09STATE12347", "09STATE20001");
    }

    @Test
    void special_characters_and_long_queries_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> search.cables(secret, "100%", 0, 10)).isInstanceOf(SearchQuery.Refused.class)
                .hasMessageContaining("Remove: %");
        assertThatThrownBy(() -> search.cables(secret, "<script>alert(1)</script>", 0, 10))
                .hasMessageContaining("Remove: < >");
        assertThatThrownBy(() -> search.cables(secret, "kumquat | zanzibar & !quasar", 0, 10))
                .hasMessageContaining("! |");
        assertThatThrownBy(() -> search.cables(secret, "x".repeat(SearchQuery.MAX_LENGTH + 1), 0, 10))
                .isInstanceOf(SearchQuery.Refused.class).hasMessageContaining("the limit is 200");
        assertThatThrownBy(() -> search.cables(secret, "a b c d e f g h i j k", 0, 10)).hasMessageContaining("limit is 10");
        assertThat(ids(secret, "O'Brien's \"unbalanced")).isEmpty();
        assertThat(ids(secret, "ZANZIBAR.")).as("punctuation around a word").contains("09STATE12345");
    }

    @Test
    void pages_and_counts_are_computed_in_the_database() {
        SearchPage first = search.cables(confidential, "kumquat paging", 0, 2);
        SearchPage second = search.cables(confidential, "kumquat paging", 2, 2);
        SearchPage third = search.cables(confidential, "kumquat paging", 4, 2);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(2);
        assertThat(third.hits()).hasSize(1);
        assertThat(List.of(first, second, third)).flatExtracting(SearchPage::hits).extracting(SearchHit::cableId)
                .containsExactlyInAnyOrder("09STATE20001", "09STATE20002", "09STATE20003", "09STATE20004", "09STATE20005");
        assertThat(search.cables(confidential, "kumquat", 0, 50).total()).isEqualTo(6);
        assertThat(search.cables(secret, "kumquat", 0, 50).total()).isEqualTo(7);
        assertThat(search.cables(confidential, "kumquat paging", 10, 2).hits()).isEmpty();
    }

    @Test
    void the_backfill_indexes_cables_filed_before_the_index_and_only_those() {
        jdbc.update("delete from cable_search_paragraph where cable_id = ?", "09STATE12347");
        assertThat(ids(confidential, "PERSIMMON")).doesNotContain("09STATE12347");

        assertThat(backfill.run()).isEqualTo(1);
        assertThat(backfill.run()).isZero();

        assertThat(ids(confidential, "PERSIMMON")).contains("09STATE12347");
        assertThat(ids(confidential, "ZANZIBAR")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from cable_search_paragraph where cable_id = ?", Long.class,
                "09STATE12347")).isEqualTo(5);
    }

    List<String> ids(Reader reader, String words) {
        return search.cables(reader, words, 0, 50).hits().stream().map(SearchHit::cableId).toList();
    }

    private void file(String id, String text) {
        intake.file(id + ".txt", text.getBytes(StandardCharsets.UTF_8));
        jdbc.update("update cable set desk = ? where id = ?", CAN, id);
    }

    private static String fixture() throws IOException {
        try (InputStream in = SearchContract.class.getResourceAsStream("/fixtures/09STATE12345.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
