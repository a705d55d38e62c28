package org.septel.clearance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PortionMarkingTest {

    @ParameterizedTest(name = "{0} in a {1} cable reads as {2}")
    @CsvSource({
            "U, SECRET, U",
            "SBU, SECRET, U",
            "C, SECRET, C",
            "S, CONFIDENTIAL, S",
            "S/NF, SECRET, S/NF",
            "C/NF, SECRET, C/NF",
            "S/REL CAN, SECRET, S",
            "C/REL CAN, SECRET, C",
            "'', CONFIDENTIAL, C",
            "XYZ, SECRET, S"})
    void markings_are_read_as_a_level_and_restricting_caveats(String written, Classification cable, String expected) {
        assertThat(PortionMarking.read(written, cable).shortForm()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cleared for [{1}] reads {2}: {3}")
    @CsvSource({
            "SECRET, NOFORN, S/NF, true",
            "SECRET, '', S/NF, false",
            "SECRET, '', S, true",
            "CONFIDENTIAL, NOFORN, S, false",
            "CONFIDENTIAL, '', C, true",
            "UNCLASSIFIED, '', C, false",
            "UNCLASSIFIED, '', U, true"})
    void a_clearance_covers_a_marking_only_with_the_level_and_every_caveat(Classification level, String caveat,
            String marking, boolean covered) {
        Clearance clearance = caveat.isEmpty() ? Clearance.of(level) : Clearance.of(level, caveat);

        assertThat(clearance.covers(PortionMarking.read(marking, Classification.SECRET))).isEqualTo(covered);
    }

    @ParameterizedTest
    @CsvSource({"UNCLASSIFIED, UNCLASSIFIED", "UNCLAS, UNCLASSIFIED", "CONFIDENTIAL, CONFIDENTIAL", "SECRET, SECRET",
            "'', SECRET", "TOP SECRET, SECRET"})
    void a_cable_whose_classification_cannot_be_read_counts_as_secret(String written, Classification expected) {
        assertThat(Classification.ofCable(written)).isEqualTo(expected);
    }
}
