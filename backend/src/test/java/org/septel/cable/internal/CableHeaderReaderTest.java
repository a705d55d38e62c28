package org.septel.cable.internal;

import org.junit.jupiter.api.Test;
import org.septel.TestCables;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CableHeaderReaderTest {

    private final CableHeaderReader reader = new CableHeaderReader();

    @Test
    void reads_the_seed_cable_with_its_markdown_residue() {
        CableHeader header = reader.read(new String(TestCables.bytes("08OTTAWA1245"), StandardCharsets.UTF_8)).orElseThrow();

        assertThat(header.id()).isEqualTo("08OTTAWA1245");
        assertThat(header.dtg()).isEqualTo(Instant.parse("2008-09-19T17:55:00Z"));
        assertThat(header.classification()).isEqualTo("SECRET");
        assertThat(header.subject()).isEqualTo("CANADIANS CONSIDERING U.S. IDEAS, INITIATIVES ON IRAN NON-PROLIFERATION");
    }

    @Test
    void reads_a_latin1_crlf_cable_whose_classification_line_names_a_section() {
        CableHeader header = reader.read(new String(TestCables.bytes("06NEWDELHI5135"), StandardCharsets.ISO_8859_1)).orElseThrow();

        assertThat(header.id()).isEqualTo("06NEWDELHI5135");
        assertThat(header.dtg()).isEqualTo(Instant.parse("2006-07-21T07:22:00Z"));
        assertThat(header.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(header.subject()).startsWith("INDIA'S NATIONAL SECURITY ADVISORY BOARD: ADVISING");
    }

    @Test
    void reads_a_lower_cased_classification_line() {
        CableHeader header = reader.read(new String(TestCables.bytes("09STATE4134"), StandardCharsets.UTF_8)).orElseThrow();

        assertThat(header.id()).isEqualTo("09STATE4134");
        assertThat(header.classification()).isEqualTo("SECRET");
        assertThat(header.subject()).isEqualTo("spanish metal merchant supplies syrian entities of proliferation concern");
    }

    @Test
    void finds_nothing_in_text_that_is_not_a_cable() {
        assertThat(reader.read("Dear colleague,\nplease find attached.\n")).isEmpty();
    }

    @Test
    void decoding_keeps_latin1_pilcrows_and_utf8_text_apart() {
        byte[] latin1 = {'1', '.', ' ', (byte) 0xB6, '\r', '\n'};
        assertThat(TextDecoding.detect(latin1)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoding.detect("¶1. (C) text".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }
}
