package org.septel.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.clearance.CableAccess;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.CandidateView;
import org.septel.commitment.FollowUpCandidates;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cable routed to the Iran desk and sent for INFO to Embassy Ottawa: the Canada desk reads it but may not act on
 * it, the Iran desk owns it, and a third desk is refused as if it were not on file.
 */
class InfoDeskReadingIT extends WebTestSupport {

    private static final CableId CABLE = CableId.of("07DUBAI59");
    private static final Clearance CLEARED = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Reader CANADA = new Reader("canada-officer", CLEARED, Set.of("desk:WHA-CAN"), false);
    private static final Reader IRAN = new Reader("iran-officer", CLEARED, Set.of("desk:NEA-IR"), false);
    private static final Reader FRANCE = new Reader("france-officer", CLEARED, Set.of("desk:EUR-FR"), false);

    @Autowired
    CableAccess access;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    org.septel.reporting.Search search;

    @BeforeAll
    static void fileOnce(@Autowired CableIntake intake) {
        String text = new String(TestCables.bytes("07DUBAI59"), StandardCharsets.ISO_8859_1)
                .replace("INFO RUEHAD/AMEMBASSY ABU DHABI 2084", "INFO RUEHOT/AMEMBASSY OTTAWA 0001\nRUEHAD/AMEMBASSY ABU DHABI 2084");
        intake.file("07DUBAI59.txt", text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void the_cable_is_routed_to_one_desk_and_shared_with_the_info_desks() {
        assertThat(catalog.find(CABLE).orElseThrow().desk()).isEqualTo("desk:NEA-IR");
        assertThat(catalog.find(CABLE).orElseThrow().infoDesks()).containsExactlyInAnyOrder("desk:WHA-CAN", "desk:NEA-IR");
    }

    @Test
    void the_info_desk_reads_the_cable_as_an_info_copy_and_the_owning_desk_as_its_own() {
        ClearedCable forCanada = access.read(CABLE, CANADA).orElseThrow();
        ClearedCable forIran = access.read(CABLE, IRAN).orElseThrow();

        assertThat(forCanada.infoCopy()).isTrue();
        assertThat(forCanada.subject()).isNotBlank();
        assertThat(forIran.infoCopy()).isFalse();
        assertThat(access.headlines(java.util.List.of(CABLE), CANADA)).containsKey(CABLE);
    }

    @Test
    void search_finds_the_info_copy_for_the_info_desk_and_nothing_for_a_third_desk() {
        assertThat(search.cables(CANADA, "07DUBAI59", 10)).extracting(hit -> hit.cableId()).containsExactly("07DUBAI59");
        assertThat(search.cables(IRAN, "07DUBAI59", 10)).hasSize(1);
        assertThat(search.cables(FRANCE, "07DUBAI59", 10)).isEmpty();
    }

    @Test
    void a_desk_neither_routed_nor_informed_is_refused_as_if_the_cable_were_not_on_file() {
        assertThat(access.read(CABLE, FRANCE)).isEmpty();
        assertThat(access.headlines(java.util.List.of(CABLE), FRANCE)).isEmpty();
    }

    @Test
    void the_info_desk_may_not_decide_the_cables_follow_ups_but_the_owning_desk_may() {
        CandidateView candidate = candidates.visibleIn(access.read(CABLE, CANADA).orElseThrow()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("07DUBAI59 should yield at least one candidate"));

        assertThatThrownBy(() -> candidates.confirm(candidate.id(), CANADA)).isInstanceOf(NoSuchElementException.class);
        assertThat(candidates.confirm(candidate.id(), IRAN).reviewState().name()).isEqualTo("CONFIRMED");
    }
}
