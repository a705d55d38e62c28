package org.septel.cable;

import org.septel.cable.internal.TextDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files cables: pasted text, uploaded files, whole cables.csv files. Each cable is filed in a transaction of its
 * own, so one bad cable never takes the others down, and filing is idempotent by cable id: the same text twice is
 * one cable; a different text under a known id is kept as a revision and flagged, never written over the original.
 * Listeners of {@link CableRegistered} run inside the cable's transaction, so a cable and its case commit together.
 */
@Service
public class CableIntake {

    /** The largest single cable Septel files. */
    public static final int MAX_CABLE_BYTES = ParserLimits.DEFAULT_MAX_BYTES;
    /** The largest file (for example a cables.csv extract) read in one piece. */
    public static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CableIntake.class);

    private final CableRepository cables;
    private final CableRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CableParser parser = new CableParser(new ParserLimits(MAX_FILE_BYTES));

    CableIntake(CableRepository cables, CableRevisionRepository revisions, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.cables = cables;
        this.revisions = revisions;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Files every cable in one input (a pasted text, a cable file, a WikiLeaks page or a cables.csv file). */
    public List<IntakeResult> file(String sourceName, byte[] raw) {
        if (raw.length == 0) {
            return List.of(new IntakeResult.Rejected(sourceName, "the input is empty"));
        }
        if (raw.length > MAX_FILE_BYTES) {
            return List.of(new IntakeResult.Rejected(sourceName, "the input is %,d bytes; the limit is %,d bytes"
                    .formatted(raw.length, MAX_FILE_BYTES)));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(raw);
        Charset charset = decoded.latin1() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        List<IntakeResult> results = new ArrayList<>();
        for (ParseResult parsed : parser.parseFile(sourceName, raw)) {
            if (parsed instanceof ParseResult.Failed failed) {
                ParseError error = failed.error();
                String where = "line %d, column %d: %s".formatted(error.line(), error.column(), error.message());
                results.add(new IntakeResult.Rejected(failed.source(), raw.length <= MAX_CABLE_BYTES ? where
                        : "the input is %,d bytes, larger than the %,d-byte limit for one cable, and no cables.csv file; %s"
                                .formatted(raw.length, MAX_CABLE_BYTES, where)));
            } else if (parsed instanceof ParseResult.Parsed ok) {
                // A file that is one cable is kept byte-for-byte; a cable cut from a csv file or a page is kept as its text.
                byte[] exact = ok.cable().text().equals(decoded.text()) ? raw : ok.cable().text().getBytes(charset);
                results.add(fileOne(ok.source(), ok.cable(), StoredText.of(exact, charset)));
            }
        }
        return results;
    }

    /**
     * Partial extracts often carry no date, so their id cannot be read from the text; releases name each file by
     * its id ({@code 05MADRID572.txt}), and that name is used when, and only when, the text gives no id.
     */
    static String idFromFileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')) + 1);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toUpperCase(java.util.Locale.ROOT);
        return CableId.isCanonical(base) ? base : null;
    }

    private IntakeResult fileOne(String source, ParsedCable parsed, StoredText text) {
        if (text.bytes().length > MAX_CABLE_BYTES) {
            return new IntakeResult.Rejected(source, "the cable is %,d bytes; the limit is %,d bytes"
                    .formatted(text.bytes().length, MAX_CABLE_BYTES));
        }
        String idText = CableId.isCanonical(parsed.id()) ? parsed.id() : idFromFileName(source);
        if (idText == null) {
            return new IntakeResult.Rejected(source, "no cable id could be read: no classification line with station "
                    + "and serial (such as 'S E C R E T OTTAWA 001245') together with a date-time group (such as "
                    + "'O 191755Z SEP 08'), no id column, and the file is not named by its id");
        }
        CableId id = CableId.of(idText);
        return transaction.execute(status -> fileInTransaction(source, id, parsed, text));
    }

    private IntakeResult fileInTransaction(String source, CableId id, ParsedCable parsed, StoredText text) {
        Optional<Cable> existing = cables.findById(id.value());
        if (existing.isEmpty()) {
            cables.save(new Cable(id, parsed, text, source, clock.instant()));
            events.publishEvent(new CableRegistered(id, parsed));
            log.info("Filed cable {} from {}", id, source);
            return new IntakeResult.Filed(id);
        }
        Cable cable = existing.get();
        if (cable.hasText(text)) {
            return new IntakeResult.AlreadyOnFile(id);
        }
        if (!revisions.existsByCableIdAndSha256(id.value(), text.sha256())) {
            revisions.save(new CableRevision(id, text, source, clock.instant()));
            cable.flagRevision();
            log.warn("A different text of cable {} arrived from {}; kept as a revision", id, source);
        }
        return new IntakeResult.ConflictingText(id);
    }
}
