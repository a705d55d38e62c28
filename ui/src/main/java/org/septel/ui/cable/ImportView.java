package org.septel.ui.cable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.septel.cable.CableIntake;
import org.septel.cable.CableSources;
import org.septel.cable.ImportLine;
import org.septel.cable.ImportSummary;
import org.septel.cable.IntakeResult;
import org.septel.cable.SourceLimits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Bulk import for administrators: upload cable files, cables.csv files or zips, then import them with a progress
 * bar, a cancel button and a table of what became of each cable.
 */
@Route("cables/import")
@PageTitle("Import cables | Septel")
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout {

    /** The table keeps every rejection but only this many other rows; the counts above it cover everything. */
    private static final int MAX_SHOWN_ROWS = 5_000;

    private final ImportRunner runner;
    private final Path uploads;
    private final List<Path> received = new ArrayList<>();
    private final List<ResultRow> rows = new ArrayList<>();
    private final Grid<ResultRow> results = new Grid<>(ResultRow.class, false);
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span("Upload cable files, cables.csv files or .zip files, then press Import.");
    private final Button start = new Button("Import");
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportView(ImportRunner runner) {
        this.runner = runner;
        try {
            this.uploads = Files.createTempDirectory("septel-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> keep(metadata.fileName(), file.toPath())));
        upload.setId("upload");
        upload.setMaxFileSize(CableIntake.MAX_FILE_BYTES);
        upload.setMaxFiles(1_000);
        upload.setAcceptedFileTypes(".txt", ".csv", ".html", ".htm", ".zip", "text/plain", "text/csv", "text/html",
                "application/zip");
        upload.addFileRejectedListener(rejected -> status.setText("Not accepted: " + rejected.getErrorMessage()));

        start.setId("start-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        cancel.setId("cancel-import");
        cancel.setEnabled(false);
        cancel.addClickListener(click -> cancelled.set(true));

        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");

        results.setId("import-results");
        results.addColumn(ResultRow::file).setHeader("File").setFlexGrow(2);
        results.addColumn(ResultRow::cable).setHeader("Cable").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(ResultRow::outcome).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(ResultRow::reason).setHeader("Reason").setFlexGrow(3);
        results.setEmptyStateText("No results yet.");

        setSizeFull();
        add(new H2("Import cables"), new Paragraph("Each cable is filed once: cables already on file are reported, "
                + "not duplicated, so an import that was stopped can simply be run again."),
                upload, new HorizontalLayout(start, cancel), progress, status, results);
        expand(results);
    }

    private void keep(String fileName, Path temporary) throws IOException {
        Path target = uploads.resolve(received.size() + "-" + safe(fileName));
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        getUI().ifPresent(ui -> ui.access(() -> {
            received.add(target);
            start.setEnabled(true);
            status.setText(received.size() + " file(s) ready to import.");
        }));
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        CableSources sources = CableSources.of(List.copyOf(received), SourceLimits.defaults());
        received.clear();
        rows.clear();
        cancelled.set(false);
        start.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setMin(0);
        progress.setMax(Math.max(1, sources.fileCount()));
        progress.setValue(0);
        status.setText("Importing " + sources.fileCount() + " file(s)...");
        try {
            runner.submit(sources, line -> ui.access(() -> show(line)), cancelled::get)
                    .whenComplete((summary, failure) -> ui.access(() -> {
                        if (failure == null) {
                            finish(summary);
                        } else {
                            fail(failure);
                        }
                    }));
        } catch (RejectedExecutionException busy) {
            fail(busy);
        }
    }

    private void show(ImportLine line) {
        progress.setValue(Math.min(progress.getMax(), line.fileNumber()));
        IntakeResult result = line.result();
        if (result instanceof IntakeResult.Rejected || rows.size() < MAX_SHOWN_ROWS) {
            rows.add(ResultRow.of(line));
            results.setItems(rows);
        }
    }

    private void finish(ImportSummary summary) {
        progress.setValue(progress.getMax());
        cancel.setEnabled(false);
        status.setText((summary.cancelled() ? "Stopped: " : "Done: ") + summary);
        cleanUp();
    }

    private void fail(Throwable failure) {
        cancel.setEnabled(false);
        status.setText(failure instanceof RejectedExecutionException
                ? "Several imports are already waiting; try again when they are done."
                : "The import stopped on an unexpected error; cables filed so far are kept. Run it again to finish.");
        cleanUp();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        cancelled.set(false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelled.set(true);
        cleanUp();
    }

    private void cleanUp() {
        try (Stream<Path> files = Files.walk(uploads)) {
            files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(uploads)).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; the OS clears them too
        }
    }

    private static String safe(String fileName) {
        String name = fileName == null ? "upload" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    record ResultRow(String file, String cable, String outcome, String reason) {

        static ResultRow of(ImportLine line) {
            String file = line.source().replaceFirst("^.*/[0-9]+-", "");
            IntakeResult result = line.result();
            return new ResultRow(file, result.cableId() == null ? "" : result.cableId().value(), result.outcome(),
                    result.explanation());
        }
    }
}
