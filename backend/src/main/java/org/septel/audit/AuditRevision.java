package org.septel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set. Our own revision entity on a sequence, because Hibernate's default maps the id to
 * IDENTITY on H2 but to a sequence on PostgreSQL, and one Flyway script must fit both.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    private long timestamp;

    @Column(name = "username", length = 64)
    private String username;

    public int id() {
        return id;
    }

    public long timestamp() {
        return timestamp;
    }

    public String username() {
        return username;
    }

    void recordedBy(String username, long timestamp) {
        this.username = username;
        this.timestamp = timestamp;
    }
}
