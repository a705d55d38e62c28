package org.septel.cable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A different text that arrived under an id already on file. */
@Entity
@Table(name = "cable_revision")
class CableRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cable_revision_seq")
    @SequenceGenerator(name = "cable_revision_seq", sequenceName = "cable_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cable_id", nullable = false, length = CableId.MAX_LENGTH)
    private String cableId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "raw_bytes", nullable = false)
    private byte[] rawBytes;

    @Column(nullable = false, length = 32)
    private String charset;

    @Column(name = "source_name", length = 500)
    private String sourceName;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected CableRevision() {
    }

    CableRevision(CableId cableId, StoredText text, String sourceName, Instant receivedAt) {
        this.cableId = cableId.value();
        this.sha256 = text.sha256();
        this.rawBytes = text.bytes();
        this.charset = text.charset().name();
        this.sourceName = sourceName == null || sourceName.length() <= 500 ? sourceName : sourceName.substring(0, 500);
        this.receivedAt = receivedAt;
    }
}
