package org.septel.staff;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.septel.audit.AccessDenial;
import org.septel.audit.AccessDenials;
import org.septel.audit.AuditTrail;
import org.septel.audit.TrailEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail and the refused-access log, for administrators only (checked here, not only by the screen), on
 * screen and as CSV. Every export is itself logged.
 */
@Service
public class AuditExports {

    private static final Logger log = LoggerFactory.getLogger(AuditExports.class);
    /** Enough for months of an office's changes; a larger window is cut and says so. */
    public static final int MAX_TRAIL_ROWS = 100_000;

    private final StaffAccountRepository accounts;
    private final AuditTrail trail;
    private final AccessDenials denials;

    AuditExports(StaffAccountRepository accounts, AuditTrail trail, AccessDenials denials) {
        this.accounts = accounts;
        this.trail = trail;
        this.denials = denials;
    }

    public List<TrailEntry> trail(String administrator, Instant from, Instant to, int limit) {
        requireAdministrator(administrator, "read the audit trail");
        return trail.between(from, to, Math.min(limit, MAX_TRAIL_ROWS));
    }

    public List<AccessDenial> denials(String administrator, Instant from, Instant to, int offset, int limit) {
        requireAdministrator(administrator, "read the refused-access log");
        return denials.between(from, to, offset, limit);
    }

    public long countDenials(String administrator, Instant from, Instant to) {
        requireAdministrator(administrator, "read the refused-access log");
        return denials.countBetween(from, to);
    }

    public void writeTrailCsv(String administrator, Instant from, Instant to, OutputStream out) throws IOException {
        List<TrailEntry> entries = trail(administrator, from, to, MAX_TRAIL_ROWS);
        log.info("{} exported the audit trail from {} to {} ({} changes)", administrator, from, to, entries.size());
        try (CSVPrinter csv = printer(out, "changed at (UTC)", "changed by", "what", "field", "from", "to")) {
            for (TrailEntry entry : entries) {
                csv.printRecord(entry.at(), entry.by(), entry.subject(), entry.field(), entry.from(), entry.to());
            }
        }
    }

    public void writeDenialsCsv(String administrator, Instant from, Instant to, OutputStream out) throws IOException {
        List<AccessDenial> rows = denials(administrator, from, to, 0, MAX_TRAIL_ROWS);
        log.info("{} exported the refused-access log from {} to {} ({} refusals)", administrator, from, to, rows.size());
        try (CSVPrinter csv = printer(out, "refused at (UTC)", "user", "resource", "reason")) {
            for (AccessDenial denial : rows) {
                csv.printRecord(denial.at(), denial.username(), denial.resource(), denial.reason());
            }
        }
    }

    private static CSVPrinter printer(OutputStream out, String... headers) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers).get());
    }

    private void requireAdministrator(String username, String what) {
        boolean admin = accounts.findById(username).map(a -> a.member().role() == Role.ADMIN).orElse(false);
        if (!admin) {
            log.warn("Denied: {} tried to {} without being an administrator", username, what);
            throw new SecurityException("only administrators " + what.replace("read", "may read"));
        }
    }
}
