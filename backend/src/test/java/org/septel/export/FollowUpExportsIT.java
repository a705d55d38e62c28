package org.septel.export;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.septel.TestCables;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkSort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports opened again (XLSX with POI): the work list's rows for the reader, each with its marking, nothing withheld. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:exports;DB_CLOSE_DELAY=-1")
class FollowUpExportsIT {

    static final List<CableId> CABLES = List.of(CableId.of("09STATE12345"), CableId.of("09STATE12346"),
            CableId.of("72TEHRAN1164"));
    static final List<String> SECRET_WORDS = List.of("ZANZIBAR", "QUASAR", "OBSIDIAN", "MARKING FIXTURE",
            "deliver the points");
    static final Clearance TOP = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    FollowUpExports exports;
    @Autowired
    WorkList work;

    @BeforeEach
    void file() {
        for (CableId id : CABLES) {
            if (!catalog.isOnFile(id)) {
                intake.file(id.value(), TestCables.bytes(id.value()));
                Reader reviewer = Reader.anyDesk("reviewer", TOP);
                candidates.forCable(id).forEach(c -> candidates.confirm(c.id(), reviewer));
                commitments.openConfirmed(id, "dana");
            }
        }
    }

    @Test
    void an_xlsx_export_holds_the_work_lists_rows_with_their_markings() throws IOException {
        Reader top = Reader.anyDesk("top", TOP);
        List<WorkRow> screen = work.page(top, WorkFilter.tracked(), WorkSort.DUE_FIRST, 0, 500);

        List<List<String>> sheet = xlsx(top, WorkFilter.tracked());

        assertThat(sheet.get(0)).containsExactly("Marking", "Follow-up", "Cable", "Due", "Chase on", "Status", "Owner",
                "Desk", "Follow-up id");
        assertThat(sheet).hasSize(screen.size() + 1);
        for (int i = 0; i < screen.size(); i++) {
            WorkRow row = screen.get(i);
            assertThat(sheet.get(i + 1).subList(0, 4)).containsExactly(row.marking(), row.title(), row.cableId(),
                    row.dueDate() == null ? "" : row.dueDate().toString());
            assertThat(sheet.get(i + 1).get(8)).isEqualTo(String.valueOf(row.commitmentId()));
        }
        assertThat(sheet).extracting(r -> r.get(0)).contains("S", "U");
    }

    @Test
    void rows_and_titles_withheld_from_the_reader_are_absent_from_both_formats() throws IOException {
        Reader confidential = Reader.anyDesk("conf", Clearance.of(Classification.CONFIDENTIAL));
        Reader secretNoNoforn = Reader.anyDesk("snf", Clearance.of(Classification.SECRET));

        List<List<String>> sheet = xlsx(confidential, WorkFilter.tracked());
        String csv = csv(confidential, WorkFilter.tracked());

        assertThat(sheet).extracting(r -> r.get(2)).doesNotContain("09STATE12345", "09STATE12346").contains("72TEHRAN1164");
        assertThat(csv).doesNotContain("09STATE12345", "09STATE12346").contains("72TEHRAN1164");
        String secretSheet = String.join("\n", xlsx(secretNoNoforn, WorkFilter.tracked()).stream()
                .map(r -> String.join("|", r)).toList());
        assertThat(secretSheet).contains("09STATE12345").doesNotContain("09STATE12346", "QUASAR", "OBSIDIAN");
        for (String word : SECRET_WORDS) {
            assertThat(csv).doesNotContainIgnoringCase(word);
            assertThat(String.join("|", sheet.stream().flatMap(List::stream).toList())).doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void a_csv_cell_that_looks_like_a_formula_is_defused() {
        assertThat(FollowUpExports.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FollowUpExports.defused("Embassy: report")).isEqualTo("Embassy: report");
    }

    private List<List<String>> xlsx(Reader reader, WorkFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(reader, filter, WorkSort.DUE_FIRST, ExportFormat.XLSX, out);
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private String csv(Reader reader, WorkFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(reader, filter, WorkSort.DUE_FIRST, ExportFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
