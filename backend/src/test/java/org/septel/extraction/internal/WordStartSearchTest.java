package org.septel.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordStartSearchTest {

    private static final List<String> CLAUSES = List.of(
            "the ambassador told us that he would not yet agree",
            "emboffs met the charge d'affaires; pol/miloff took notes",
            "(we) asked him whether the u.s. would help",
            "no word-start here: xreftel, reftels?",
            "");

    @Test
    void answers_as_matcher_find_does_for_word_start_patterns() {
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b(?:not\\s+yet|yet\\s+to)\\b"),
                Pattern.compile("\\b(?:emboffs?|pol/miloffs?)\\b|\\b(?:the\\s+)?charge\\b(?!\\s+to\\b)"),
                Pattern.compile("\\bwe\\b|\\bus\\b|\\bu\\.s\\."),
                Pattern.compile("\\breftels?\\b"));
        for (Pattern pattern : patterns) {
            WordStartSearch search = WordStartSearch.of(pattern);
            for (String clause : CLAUSES) {
                assertThat(search.find(clause))
                        .as("%s in \"%s\"", pattern, clause)
                        .isEqualTo(pattern.matcher(clause).find());
            }
        }
    }

    @Test
    void refuses_patterns_that_could_match_inside_a_word() {
        assertThatThrownBy(() -> WordStartSearch.checked(Pattern.compile("\\bwe\\b|us")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordStartSearch.checked(Pattern.compile("\\b(?<!the\\s)us\\b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WordStartSearch.checked(Pattern.compile("\\b(?:a|b)\\b|\\b[x|y]"))).isNotNull();
    }
}
