package org.septel.notification;

import org.septel.clearance.Classification;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Set;

/**
 * @param from the sender address of every mail
 * @param baseUrl where Septel is reached, for links in mails
 * @param classification the highest marking whose text may go into a mail (mail leaves the accredited system)
 * @param caveats caveats mail may carry (none by default)
 * @param maxAttempts attempts before a mail is marked failed
 * @param firstRetry the wait after the first failure; it doubles after each further one
 * @param lease how long a node's claim on a mail lasts before another node may take it over
 * @param batchSize mails one sending round claims at most
 * @param node this node's name in claims (defaults to a random one per start)
 */
@ConfigurationProperties("septel.mail")
public record MailSettings(String from, String baseUrl, Classification classification, Set<String> caveats,
        int maxAttempts, Duration firstRetry, Duration lease, int batchSize, String node) {

    public MailSettings {
        from = from == null || from.isBlank() ? "septel@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        classification = classification == null ? Classification.UNCLASSIFIED : classification;
        caveats = caveats == null ? Set.of() : Set.copyOf(caveats);
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        node = node == null || node.isBlank() ? "node-" + java.util.UUID.randomUUID().toString().substring(0, 8) : node;
    }
}
