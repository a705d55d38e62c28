package org.septel.cable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A filed cable. The bytes are kept exactly as received; every other field is derived from them. */
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

    @Column(length = 200)
    private String origin;

    @Column(length = 16)
    private String precedence;

    @Column(length = 500)
    private String caveats;

    @Column(length = 1000)
    private String tags;

    @Column(length = 200)
    private String signer;

    @ElementCollection
    @CollectionTable(name = "cable_reference", joinColumns = @JoinColumn(name = "cable_id"))
    @OrderColumn(name = "position")
    @Column(name = "referenced_id", length = CableId.MAX_LENGTH)
    private List<String> references = new ArrayList<>();

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

    @Column(name = "revision_count", nullable = false)
    private int revisionCount;

    @Column(length = 64)
    private String desk;

    /** Desks that hold the cable as an INFO addressee: they may read it, but the work is the routed desk's. */
    @Column(name = "info_desks", length = 1000)
    private String infoDesks;

    @Version
    private Long version;

    protected Cable() {
    }

    Cable(CableId id, ParsedCable parsed, StoredText stored, String sourceName, Instant receivedAt) {
        this.id = id.value();
        this.subject = clip(parsed.subject(), 2000);
        this.dtg = parsed.dtg();
        this.classification = parsed.classification();
        this.origin = clip(parsed.origin(), 200);
        this.precedence = parsed.precedence();
        this.caveats = clip(String.join(", ", parsed.caveats()), 500);
        this.tags = clip(String.join(" ", parsed.tags()), 1000);
        this.signer = clip(parsed.signer(), 200);
        parsed.references().stream().filter(CableId::isCanonical).forEach(references::add);
        this.rawBytes = stored.bytes();
        this.charset = stored.charset().name();
        this.sha256 = stored.sha256();
        this.sourceName = clip(sourceName, 500);
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    CableId id() {
        return CableId.of(id);
    }

    String subject() {
        return subject;
    }

    boolean hasText(StoredText other) {
        return sha256.equals(other.sha256());
    }

    void routeTo(String deskGroup) {
        this.desk = deskGroup;
    }

    void shareWith(Set<String> deskGroups) {
        this.infoDesks = deskGroups.isEmpty() ? null : String.join(",", new TreeSet<>(deskGroups));
    }

    Set<String> infoDesks() {
        return infoDesks == null ? Set.of() : Set.of(infoDesks.split(","));
    }

    /** Another text arrived under this id; the caller keeps it as a revision. */
    void flagRevision() {
        revisionCount++;
    }

    byte[] rawBytes() {
        return rawBytes.clone();
    }

    CableDetails details(ParsedCable reread) {
        String text = new String(rawBytes, Charset.forName(charset));
        List<String> caveatList = caveats == null || caveats.isBlank() ? List.of() : List.of(caveats.split(", "));
        return new CableDetails(id(), subject, dtg, classification, origin, precedence, tags, caveatList,
                List.copyOf(references),
                revisionCount, text, charset, sourceName, receivedAt, desk, infoDesks(), reread);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
