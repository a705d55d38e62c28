package org.septel.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.septel.cable.CableImport;
import org.septel.cable.CableSources;
import org.septel.cable.ImportSummary;
import org.septel.cable.SourceFile;
import org.septel.cable.SourceLimits;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/cables/import}: files cables sent as multipart files (cable files, cables.csv files, zips) or as
 * one raw body. Administrators only (see the security configuration). Idempotent: a re-sent cable is a duplicate.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/cables")
class CableImportController {

    private final CableImport cableImport;

    CableImportController(CableImport cableImport) {
        this.cableImport = cableImport;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportResponse importFiles(@RequestParam("file") List<MultipartFile> files) throws IOException {
        List<Iterable<SourceFile>> parts = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                parts.add(CableSources.entries(name, file.getInputStream(), SourceLimits.defaults()));
            } else {
                parts.add(List.of(SourceFile.readable(name, file.getBytes())));
            }
        }
        return run(() -> parts.stream().flatMap(part -> java.util.stream.StreamSupport.stream(part.spliterator(), false))
                .iterator());
    }

    @PostMapping(path = "/import", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "text/csv", MediaType.TEXT_HTML_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportResponse importBody(@RequestBody byte[] body,
            @RequestHeader(name = "X-File-Name", required = false, defaultValue = "request body") String name) {
        return run(List.of(SourceFile.readable(name, body)));
    }

    private ImportResponse run(Iterable<SourceFile> sources) {
        List<ImportResponse.Line> lines = new ArrayList<>();
        ImportSummary summary = cableImport.run(sources, line -> lines.add(ImportResponse.Line.of(line)), () -> false);
        return new ImportResponse(summary, lines);
    }
}
