package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.export.ExportFormat;
import org.septel.export.FollowUpExports;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkSort;
import org.septel.security.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/** Follow-up lists and the overdue report as CSV or XLSX: the screen's columns, a marking on every row. */
@Tag(name = "Exports")
@RestController
@ConditionalOnWebApplication // the jar's subcommands run without a web server (and without a logged-in user)
@RequestMapping("/api/exports")
class ExportsController {

    private final FollowUpExports exports;
    private final CurrentUser user;

    ExportsController(FollowUpExports exports, CurrentUser user) {
        this.exports = exports;
        this.user = user;
    }

    @Operation(summary = "Any filtered follow-up list (the same filters as GET /api/follow-ups) as csv or xlsx")
    @GetMapping("/follow-ups.{format}")
    ResponseEntity<byte[]> followUps(@PathVariable String format, @ParameterObject WorkQuery query) throws IOException {
        return export("follow-ups", format, query.filter(), query.workSort());
    }

    @Operation(summary = "The overdue report (every follow-up past its due date that you may see) as csv or xlsx")
    @GetMapping("/overdue.{format}")
    ResponseEntity<byte[]> overdue(@PathVariable String format) throws IOException {
        return export("overdue", format, FollowUpExports.overdue(), WorkSort.DUE_FIRST);
    }

    private ResponseEntity<byte[]> export(String name, String format, WorkFilter filter, WorkSort sort)
            throws IOException {
        ExportFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new IllegalArgumentException("export as csv or xlsx");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(user.reader(), filter, sort, chosen, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("septel-" + name + "." + chosen.extension()).build().toString())
                .body(out.toByteArray());
    }
}
