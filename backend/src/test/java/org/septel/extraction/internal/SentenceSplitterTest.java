package org.septel.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(new Lexicon().abbreviations);

    private List<String> split(String text) {
        return splitter.clauses(text, 0, text.length()).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void cableAbbreviationsAndInitialsDoNotEndSentences() {
        assertThat(split("He met Amb. Smith and U.S. officials. A/S Lincoln P. Bloomfield Jr. spoke. Dept. agreed."))
                .containsExactly("He met Amb. Smith and U.S. officials.", "A/S Lincoln P. Bloomfield Jr. spoke.",
                        "Dept. agreed.");
    }

    @Test
    void aReferenceLetterEndsASentence() {
        assertThat(split("We will follow up, as noted in ref B. Further details will be reported."))
                .containsExactly("We will follow up, as noted in ref B.", "Further details will be reported.");
    }

    @Test
    void semicolonsAndContrastsMakeClauses() {
        assertThat(split("He said it could not be guaranteed, but promised to try; China would do so."))
                .containsExactly("He said it could not be guaranteed,", "but promised to try;", "China would do so.");
    }

    @Test
    void bulletsAndBlankLinesEndSentences() {
        assertThat(split("Posts should seek to:\n-- Ascertain the facts\n-- Discourage the deal\n\nEnd of list"))
                .containsExactly("Posts should seek to:", "-- Ascertain the facts", "-- Discourage the deal",
                        "End of list");
    }

    @Test
    void allCapitalTelegramsSplitToo() {
        assertThat(split("GEN. AZIMI ASKED US. CHARGE NOTED WE WOULD TRANSMIT IT."))
                .containsExactly("GEN. AZIMI ASKED US.", "CHARGE NOTED WE WOULD TRANSMIT IT.");
    }
}
