package org.septel.commitment;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.septel.EmbeddedPostgres;
import org.septel.audit.Revision;
import org.septel.audit.Revisions;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comments and files on a follow-up, stored in PostgreSQL: limits, who may read them, and their audit rows. */
@DirtiesContext
@SpringBootTest
class FollowUpNotesPostgresIT {

    // Its own copy of the seed: other tests on the shared database file and confirm the seed itself.
    private static final CableId SEED = CableId.of("08OTTAWA9245");
    private static final Clearance SECRET = Clearance.of(Classification.SECRET, PortionMarking.NOFORN);
    private static final Reader DANA = new Reader("dana", SECRET, Set.of("desk:WHA-CAN"), false);
    private static final Reader OTHER_DESK = new Reader("eve", SECRET, Set.of("desk:EUR-FR"), false);
    private static final Reader UNCLEARED = new Reader("carl", Clearance.of(Classification.CONFIDENTIAL),
            Set.of("desk:WHA-CAN"), false);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    FollowUpNotes notes;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void comments_and_files_are_kept_with_author_and_shown_only_to_readers_of_the_follow_up() {
        intake.file("notes-seed.txt", new String(SampleCables.seed(), StandardCharsets.ISO_8859_1)
                .replace("OTTAWA 001245", "OTTAWA 009245").replace("#1245", "#9245")
                .getBytes(StandardCharsets.ISO_8859_1));
        catalog.routeTo(SEED, "desk:WHA-CAN");
        candidates.confirm(candidates.forCable(SEED).get(0).id(), DANA);
        commitments.openConfirmed(SEED, "dana");
        long id = commitments.forCable(SEED).get(0).id();

        FollowUpNote comment = notes.comment(id, DANA, "  Called Caza's office; briefing moved to Friday.  ");
        byte[] pdf = "%PDF-1.4 minutes".getBytes(StandardCharsets.US_ASCII);
        FollowUpNote file = notes.attach(id, DANA, "C:\\temp\\minutes.pdf", "application/pdf", pdf);

        assertThat(notes.of(id, DANA)).extracting(FollowUpNote::kind, FollowUpNote::author, FollowUpNote::text,
                FollowUpNote::fileName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpNote.Kind.COMMENT, "dana",
                        "Called Caza's office; briefing moved to Friday.", null),
                org.assertj.core.groups.Tuple.tuple(FollowUpNote.Kind.ATTACHMENT, "dana", null, "minutes.pdf"));
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(notes.download(file.id(), DANA)).hasValueSatisfying(found -> {
            assertThat(found.fileName()).isEqualTo("minutes.pdf");
            assertThat(found.contentType()).isEqualTo("application/pdf");
            assertThat(found.content()).isEqualTo(pdf);
        });

        for (Reader outsider : new Reader[] {OTHER_DESK, UNCLEARED}) {
            assertThat(notes.download(file.id(), outsider)).as(outsider.username()).isEmpty();
            assertThatThrownBy(() -> notes.of(id, outsider)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> notes.comment(id, outsider, "hello")).isInstanceOf(NoSuchElementException.class);
        }
        assertThat(notes.download(file.id() + 1000, DANA)).isEmpty();

        byte[] tooBig = new byte[FollowUpNotes.ATTACHMENT_MAX_BYTES + 1];
        assertThatThrownBy(() -> notes.attach(id, DANA, "scan.tif", "image/tiff", tooBig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a file may have at most 10 MB; this one has 10,485,761 bytes (10.0 MB)");
        byte[] justFits = new byte[FollowUpNotes.ATTACHMENT_MAX_BYTES];
        Arrays.fill(justFits, (byte) 7);
        assertThat(notes.attach(id, DANA, "scan.tif", "<script>", justFits).contentType())
                .isEqualTo("application/octet-stream");
        assertThatThrownBy(() -> notes.comment(id, DANA, "x".repeat(FollowUpNotes.COMMENT_MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 4000 characters");
        assertThatThrownBy(() -> notes.attach(id, DANA, "empty.txt", "text/plain", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the file is empty");

        transactions.executeWithoutResult(status -> {
            assertThat(Revisions.of(entityManager, FollowUpComment.class, comment.id()))
                    .extracting(Revision::change).containsExactly(Revision.Change.CREATED);
            assertThat(Revisions.of(entityManager, FollowUpAttachment.class, file.id()))
                    .extracting(Revision::change).containsExactly(Revision.Change.CREATED);
        });
    }
}
