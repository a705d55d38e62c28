package org.septel.cable;

import org.septel.cable.internal.CableHeader;
import org.septel.cable.internal.CableHeaderReader;
import org.septel.cable.internal.TextDecoding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files cables. Filing is idempotent by cable id: the same bytes twice are one cable, and a different text under a
 * known id is reported, never written over. Listeners of {@link CableRegistered} run inside the same transaction,
 * so a cable and its case are stored together or not at all.
 */
@Service
public class CableIntake {

    public static final int MAX_CABLE_BYTES = 2 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CableIntake.class);

    private final CableRepository cables;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CableHeaderReader headers = new CableHeaderReader();

    CableIntake(CableRepository cables, ApplicationEventPublisher events, Clock clock) {
        this.cables = cables;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IntakeResult file(String sourceName, byte[] raw) {
        if (raw.length == 0) {
            return new IntakeResult.Rejected(sourceName, "the cable is empty");
        }
        if (raw.length > MAX_CABLE_BYTES) {
            return new IntakeResult.Rejected(sourceName, "the cable is %,d bytes; the limit is %,d bytes"
                    .formatted(raw.length, MAX_CABLE_BYTES));
        }
        Charset charset = TextDecoding.detect(raw);
        Optional<CableHeader> header = headers.read(new String(raw, charset));
        if (header.isEmpty() || !CableId.isCanonical(header.get().id())) {
            return new IntakeResult.Rejected(sourceName, "no date-time group (such as 'O 191755Z SEP 08') or no "
                    + "classification line with station and serial (such as 'S E C R E T OTTAWA 001245') was found, "
                    + "so Septel cannot tell which cable this is");
        }
        CableId id = CableId.of(header.get().id());
        String hash = sha256(raw);
        Optional<Cable> existing = cables.findById(id.value());
        if (existing.isPresent()) {
            return existing.get().hasContentHash(hash)
                    ? new IntakeResult.AlreadyOnFile(id)
                    : new IntakeResult.ConflictingText(id);
        }
        cables.save(new Cable(id, header.get().subject(), header.get().dtg(), header.get().classification(), raw,
                charset, hash, sourceName, clock.instant()));
        events.publishEvent(new CableRegistered(id));
        log.info("Filed cable {} from {}", id, sourceName);
        return new IntakeResult.Filed(id);
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
