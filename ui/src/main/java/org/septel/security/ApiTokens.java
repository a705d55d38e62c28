package org.septel.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: 256 random bits shown once, stored as a SHA-256, revocable by their owner. A token acts
 * as its owner, with the owner's current role and clearance (nothing is copied into the token).
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_ACTIVE_PER_PERSON = 20;
    /** Tokens start with this, so that they are easy to spot (and to scan for) in logs and repositories. */
    static final String PREFIX = "septel_";
    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name the token (1 to " + NAME_MAX_LENGTH + " characters)");
        }
        long active = tokens.findByUsernameOrderById(username).stream().filter(ApiToken::isActive).count();
        if (active >= MAX_ACTIVE_PER_PERSON) {
            throw new IllegalStateException("at most " + MAX_ACTIVE_PER_PERSON + " active tokens; revoke one first");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens.save(new ApiToken(username, label, hash(token), clock.instant()));
        log.info("{} created API token {} ({})", username, saved.id(), label);
        return new IssuedToken(saved.id(), label, token);
    }

    public List<TokenInfo> of(String username) {
        return tokens.findByUsernameOrderById(username).stream().map(ApiToken::info).toList();
    }

    /** Revokes one of the person's own tokens; another person's token is reported as not found. */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<ApiToken> token = tokens.findById(id).filter(t -> t.username().equals(username));
        token.ifPresent(t -> t.revoke(clock.instant()));
        token.ifPresent(t -> log.info("{} revoked API token {}", username, id));
        return token.isPresent();
    }

    /** The username a live token acts for. */
    @Transactional
    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive).map(t -> {
            t.used(now);
            return t.username();
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new token: the secret is shown to its owner this once. */
    public record IssuedToken(long id, String name, String token) {

        @Override
        public String toString() {
            return "IssuedToken[" + id + ", " + name + "]";
        }
    }

    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, boolean active) {
    }
}
