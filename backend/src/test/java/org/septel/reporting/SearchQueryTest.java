package org.septel.reporting;

import org.junit.jupiter.api.Test;
import org.septel.cable.Paragraph;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void words_and_quoted_phrases_become_terms_without_surrounding_punctuation() {
        assertThat(SearchQuery.parse("  Caza \"report  back\" U.S. -minister, (PCO) caza").terms())
                .containsExactly("caza", "report back", "u.s", "minister", "pco");
        assertThat(SearchQuery.parse("\"unbalanced phrase").terms()).containsExactly("unbalanced phrase");
        assertThat(SearchQuery.parse("08OTTAWA1245").wholeText()).isEqualTo("08ottawa1245");
        assertThat(SearchQuery.parseOrNull(" a ")).isNull();
    }

    @Test
    void input_search_cannot_honour_is_refused_saying_what_to_change() {
        assertThatThrownBy(() -> SearchQuery.parse("ottawa*")).hasMessageContaining("Remove: *");
        assertThatThrownBy(() -> SearchQuery.parse("a\u0000b")).hasMessageContaining("control characters");
        assertThatThrownBy(() -> SearchQuery.parse("\"\" --")).hasMessageContaining("Type a word");
        assertThatThrownBy(() -> SearchQuery.parse("y".repeat(5000))).hasMessageContaining("5,000 characters long");
    }

    @Test
    void snippets_mark_matches_as_parts_and_never_as_markup() {
        Snippet snippet = Snippet.fromMarked(2, Snippet.around("The <b>minister</b> will REPORT back soon.",
                List.of("report back", "minister")));
        assertThat(snippet.parts()).containsExactly(new Snippet.Part("The <b>", false), new Snippet.Part("minister", true),
                new Snippet.Part("</b> will ", false), new Snippet.Part("REPORT back", true), new Snippet.Part(" soon.", false));
        assertThat(Snippet.around("word ".repeat(100) + "needle " + "word ".repeat(100), List.of("needle")))
                .startsWith("… ").endsWith(" …").contains("\u0002needle\u0003").hasSizeLessThan(300);
    }

    @Test
    void paragraphs_keep_their_marking_and_the_rest_of_the_text_is_row_zero() {
        String text = "HEADER\n1. (C) Confidential\ntext.\n2. (S/NF) Secret.\nSIGNER\u0002";
        List<SearchParagraphs.Row> rows = SearchParagraphs.of(text, List.of(new Paragraph(1, "C", "Confidential\ntext.", 7, 33),
                new Paragraph(2, "S/NF", "Secret.", 33, 51)), "SECRET", List.of());
        assertThat(rows).extracting(SearchParagraphs.Row::paragraph).containsExactly(0, 1, 2);
        assertThat(rows.get(0).body()).isEqualTo("HEADER SIGNER");
        assertThat(rows.get(0).levelRank()).isEqualTo(2);
        assertThat(rows.get(1).body()).isEqualTo("Confidential text.");
        assertThat(rows.get(1).levelRank()).isEqualTo(1);
        assertThat(rows.get(2).noforn()).isTrue();
    }
}
