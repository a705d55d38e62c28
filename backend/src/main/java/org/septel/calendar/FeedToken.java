package org.septel.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "feed_token")
class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_token_seq")
    @SequenceGenerator(name = "feed_token_seq", sequenceName = "feed_token_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "inside_network", nullable = false)
    private boolean insideNetwork;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    FeedToken(String username, String tokenHash, boolean insideNetwork, Instant createdAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.insideNetwork = insideNetwork;
        this.createdAt = createdAt;
    }

    String username() {
        return username;
    }

    boolean insideNetwork() {
        return insideNetwork;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    Instant createdAt() {
        return createdAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
