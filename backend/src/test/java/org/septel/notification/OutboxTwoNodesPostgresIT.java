package org.septel.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.staff.Role;
import org.septel.staff.StaffDirectory;
import org.septel.staff.StaffMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two sender nodes on one real PostgreSQL outbox: every mail goes out exactly once. */
@DirtiesContext
@SpringBootTest
class OutboxTwoNodesPostgresIT {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(MailNoticesIT.freePort(), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    static {
        SMTP.start();
    }
    static final int MAILS = 60;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("septel.mail.batch-size", () -> 7);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    StaffDirectory staff;
    @Autowired
    OutboxMailRepository repository;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    MailSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void two_nodes_sending_at_once_send_each_mail_once() throws Exception {
        staff.enrol(new StaffMember("pat", "Pat", Role.DESK_OFFICER, "WHA-CAN", Clearance.of(Classification.SECRET)),
                "password-pat");
        preferences.change("pat", "pat@example.org", EnumSet.allOf(NoticeKind.class));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < MAILS; i++) {
            int n = i;
            transaction.executeWithoutResult(s -> outbox.queue("TEST:" + n + ":pat", NoticeKind.REMINDER, "pat",
                    "mail " + n, "body " + n));
        }
        OutboxSender nodeA = node("node-a");
        OutboxSender nodeB = node("node-b");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(() -> drain(nodeA), () -> drain(nodeB)));
            int sent = runs.get(0).get(60, TimeUnit.SECONDS) + runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(sent).isEqualTo(MAILS);
            // Which node sends how many is up to the scheduler; the sum is what must hold.
            System.out.printf("node-a sent %d, node-b sent %d%n", runs.get(0).get(), runs.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(MAILS);
        assertThat(Arrays.stream(received).map(MailNoticesIT::subject).distinct()).hasSize(MAILS);
        assertThat(outbox.pendingCount()).isZero();
    }

    private OutboxSender node(String name) {
        MailSettings own = new MailSettings(settings.from(), settings.baseUrl(), settings.classification(),
                settings.caveats(), settings.maxAttempts(), settings.firstRetry(), settings.lease(),
                settings.batchSize(), name);
        return new OutboxSender(repository, mailSender, own, clock, transactions);
    }

    private static int drain(OutboxSender node) {
        int total = 0;
        for (int round = 0; round < 100; round++) {
            int sent = node.sendDue();
            total += sent;
            if (sent == 0 && round > 2) {
                break;
            }
        }
        return total;
    }
}
