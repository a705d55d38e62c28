package org.septel.cable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/** A filed cable. The bytes are kept exactly as received; everything else is derived from them. */
@Entity
@Table(name = "cable")
class Cable {

    @Id
    @Column(length = CableId.MAX_LENGTH)
    private String id;

    @Column(length = 2000)
    private String subject;

    private Instant dtg;

    @Column(length = 32)
    private String classification;

    @Column(name = "raw_bytes", nullable = false)
    private byte[] rawBytes;

    @Column(nullable = false, length = 32)
    private String charset;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "source_name", length = 500)
    private String sourceName;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    private Long version;

    protected Cable() {
    }

    Cable(CableId id, String subject, Instant dtg, String classification, byte[] rawBytes, Charset charset,
            String sha256, String sourceName, Instant receivedAt) {
        this.id = id.value();
        this.subject = subject;
        this.dtg = dtg;
        this.classification = classification;
        this.rawBytes = rawBytes.clone();
        this.charset = charset.name();
        this.sha256 = Objects.requireNonNull(sha256);
        this.sourceName = sourceName;
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    CableId id() {
        return CableId.of(id);
    }

    String subject() {
        return subject;
    }

    boolean hasContentHash(String otherSha256) {
        return sha256.equals(otherSha256);
    }

    byte[] rawBytes() {
        return rawBytes.clone();
    }

    CableDetails details() {
        String text = new String(rawBytes, Charset.forName(charset));
        return new CableDetails(id(), subject, dtg, classification, text, charset, sourceName, receivedAt);
    }
}
