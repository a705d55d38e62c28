package org.septel.clearance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What each clearance sees of a cable with U, C, S and S/NF paragraphs, and of a NOFORN cable. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:clearance;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CableAccessIT {

    private static final CableId MIXED = CableId.of("09STATE12345");
    private static final CableId NOFORN_CABLE = CableId.of("09STATE12346");
    private static final List<String> SECRET_WORDS = List.of("ZANZIBAR", "QUASAR", "OBSIDIAN", "MARKING FIXTURE");

    @Autowired
    CableIntake intake;
    @Autowired
    CableAccess access;
    @Autowired
    org.septel.cable.CableCatalog catalog;

    @BeforeAll
    void file() throws IOException {
        intake.file("mixed", fixture("09STATE12345"));
        intake.file("noforn", fixture("09STATE12346"));
        intake.file("seed", SampleCables.seed());
    }

    @Test
    void a_reader_below_the_cable_level_learns_only_its_id_and_marking() {
        ClearedCable cable = access.read(MIXED, reader("c", Classification.CONFIDENTIAL)).orElseThrow();

        assertThat(cable.withheld()).isTrue();
        assertThat(cable.marking()).isEqualTo("S");
        assertThat(cable.subject()).isNull();
        assertThat(cable.visibleText()).isEmpty();
        assertThat(cable.toString()).doesNotContain(SECRET_WORDS).doesNotContain("PERSIMMON", "KUMQUAT");
    }

    @Test
    void a_secret_reader_without_noforn_sees_every_paragraph_but_the_noforn_one() {
        ClearedCable cable = access.read(MIXED, reader("s", Classification.SECRET)).orElseThrow();

        assertThat(cable.withheld()).isFalse();
        assertThat(cable.visibleText()).contains("KUMQUAT", "PERSIMMON", "ZANZIBAR", "paragraph 4 - withheld (S/NF)")
                .doesNotContain("QUASAR");
        assertThat(cable.withheldParagraphs()).containsExactly(4);
        assertThat(cable.markingInWords()).isEqualTo("SECRET");
        assertThat(cable.segments()).filteredOn(segment -> segment.isWithheld())
                .allSatisfy(segment -> assertThat(segment.text()).isNull());
    }

    @Test
    void a_reader_cleared_for_secret_and_noforn_sees_everything() {
        ClearedCable cable = access.read(MIXED, reader("snf", Classification.SECRET, PortionMarking.NOFORN)).orElseThrow();

        assertThat(cable.visibleText()).contains("KUMQUAT", "PERSIMMON", "ZANZIBAR", "QUASAR").doesNotContain("withheld");
    }

    @Test
    void a_noforn_cable_is_withheld_whole_from_a_secret_reader_without_noforn() {
        assertThat(access.read(NOFORN_CABLE, reader("s", Classification.SECRET)).orElseThrow().withheld()).isTrue();
        assertThat(access.read(NOFORN_CABLE, reader("s", Classification.SECRET)).orElseThrow().markingInWords())
                .isEqualTo("SECRET//NOFORN");
        assertThat(access.read(NOFORN_CABLE, reader("snf", Classification.SECRET, PortionMarking.NOFORN)).orElseThrow()
                .visibleText()).contains("OBSIDIAN");
    }

    @Test
    void a_cable_of_another_desk_is_refused_by_id_as_if_it_were_not_on_file() {
        catalog.routeTo(CableId.of(SampleCables.SEED_ID), "desk:WHA-CAN");
        Clearance cleared = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
        Reader iranDesk = new Reader("nea", cleared, Set.of("desk:NEA-IR"), false);
        Reader canadaDesk = new Reader("wha", cleared, Set.of("desk:WHA-CAN"), false);
        Reader administrator = new Reader("admin", cleared, Set.of(), true);

        assertThat(access.read(CableId.of(SampleCables.SEED_ID), iranDesk)).isEmpty();
        assertThat(access.headlines(List.of(CableId.of(SampleCables.SEED_ID)), iranDesk)).isEmpty();
        assertThat(access.read(CableId.of(SampleCables.SEED_ID), canadaDesk)).isPresent();
        assertThat(access.read(CableId.of(SampleCables.SEED_ID), administrator)).isPresent();
        assertThat(access.read(MIXED, iranDesk)).as("a cable no rule routed is open to every desk").isPresent();
    }

    @Test
    void list_headlines_never_show_a_subject_the_reader_may_not_read() {
        Map<CableId, String> headlines = access.headlines(List.of(MIXED, NOFORN_CABLE, CableId.of(SampleCables.SEED_ID)),
                reader("c", Classification.CONFIDENTIAL));

        assertThat(headlines).containsEntry(MIXED, "(subject withheld: S)")
                .containsEntry(NOFORN_CABLE, "(subject withheld: S/NF)");
        assertThat(headlines.values().toString()).doesNotContain(SECRET_WORDS).doesNotContain("CANADIANS");
    }

    private static Reader reader(String name, Classification level, String... caveats) {
        return Reader.anyDesk(name, Clearance.of(level, caveats));
    }

    private static byte[] fixture(String id) throws IOException {
        try (InputStream in = CableAccessIT.class.getResourceAsStream("/fixtures/" + id + ".txt")) {
            return in.readAllBytes();
        }
    }
}
