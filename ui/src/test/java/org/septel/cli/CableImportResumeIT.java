package org.septel.cli;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.septel.TestCables;
import org.septel.WebTestSupport;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableImport;
import org.septel.cable.CableSources;
import org.septel.cable.ImportLine;
import org.septel.cable.ImportSummary;
import org.septel.cable.SourceLimits;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An import stopped half-way loses nothing, and running it again files exactly what is missing. */
class CableImportResumeIT extends WebTestSupport {

    private static final List<String> IDS = List.of("07BERN881", "07KINGSTON482", "08BEIRUT586", "08LAGOS368",
            "09BEIJING1176", "09KYIV1942", "10ABUJA215", "10DAKAR127");

    @Autowired
    CableImport cableImport;
    @Autowired
    CableCatalog catalog;
    @Autowired
    HistoryService history;

    @TempDir
    Path dir;

    @Test
    void an_import_stopped_after_three_files_resumes_and_every_cable_lands_once_with_one_case() throws IOException {
        for (String id : IDS) {
            Files.write(dir.resolve(id + ".txt"), TestCables.bytes(id));
        }
        CableSources sources = CableSources.of(List.of(dir), SourceLimits.defaults());
        AtomicInteger seen = new AtomicInteger();

        ImportSummary stopped = cableImport.run(sources, line -> seen.incrementAndGet(), () -> seen.get() >= 3);
        List<ImportLine> lines = new ArrayList<>();
        ImportSummary resumed = cableImport.run(sources, lines::add, () -> false);

        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.filed()).isEqualTo(3);
        assertThat(resumed.filed()).isEqualTo(IDS.size() - 3);
        assertThat(resumed.alreadyOnFile()).isEqualTo(3);
        assertThat(resumed.rejected()).isZero();
        for (String id : IDS) {
            assertThat(catalog.isOnFile(CableId.of(id))).as(id).isTrue();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).as(id).isEqualTo(1);
        }
    }
}
