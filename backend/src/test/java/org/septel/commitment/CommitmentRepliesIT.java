package org.septel.commitment;

import org.junit.jupiter.api.Test;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableId;
import org.septel.cable.CableIntake;
import org.septel.cable.ParsedCable;
import org.septel.cable.SampleCables;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.PortionMarking;
import org.septel.clearance.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replies proposed and decided, the actions people take, the counterpart's record, and edits and additions in review. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:commitment-replies;DB_CLOSE_DELAY=-1")
@RecordApplicationEvents
class CommitmentRepliesIT {

    private static final CableId SEED = CableId.of(SampleCables.SEED_ID);
    private static final CableId TEXT_REPLY_ID = CableId.of("09OTTAWA60");
    /** Made up for this test in the seed's format: it reports Caza's briefing without a REF block. */
    private static final String TEXT_REPLY = """
            O 201200Z JAN 09
            FM AMEMBASSY OTTAWA
            TO RUEHC/SECSTATE WASHDC IMMEDIATE 8950
            C O N F I D E N T I A L OTTAWA 000060

            E.O. 12958: DECL: 01/20/2019
            TAGS: PREL, KNNP, CA
            SUBJECT: CANADIAN EXPORT CONTROL REVIEW

            1. (C) Ottawa officials met emboffs on the review.

            2. (C) Shawn Caza briefed emboffs on likely improvements to
            Canada's regime, including transshipment controls.

            WILKINS
            """;
    private static final Reader DANA = Reader.anyDesk("dana", Clearance.of(Classification.SECRET, PortionMarking.NOFORN));

    @Autowired
    CableIntake intake;
    @Autowired
    CableCatalog catalog;
    @Autowired
    FollowUpCandidates candidates;
    @Autowired
    Commitments commitments;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_later_cable_naming_the_counterpart_and_the_action_is_proposed_as_the_reply_once_and_a_person_decides() {
        fileSeedOnce();
        CandidateView briefing = candidates.forCable(SEED).stream()
                .filter(c -> c.dueText() != null && c.dueText().contains("near the end of 2008")).findFirst().orElseThrow();
        candidates.confirm(briefing.id(), DANA);
        commitments.openConfirmed(SEED, "dana");
        long id = commitments.forCable(SEED).stream().filter(c -> c.candidateId() == briefing.id()).findFirst()
                .orElseThrow().id();
        intake.file("09OTTAWA60.txt", TEXT_REPLY.getBytes(StandardCharsets.UTF_8));
        ParsedCable reply = catalog.find(TEXT_REPLY_ID).orElseThrow().parsed();

        List<ReplyMatchView> matched = commitments.matchReplies(reply);

        assertThat(matched).singleElement().satisfies(match -> {
            assertThat(match.commitmentId()).isEqualTo(id);
            assertThat(match.matchedBy()).isEqualTo("TEXT");
            assertThat(match.paragraph()).isEqualTo(2);
            assertThat(reply.text().substring(match.passageStart(), match.passageEnd())).contains("Caza briefed");
        });
        assertThat(commitments.matchReplies(reply)).as("a cable is proposed once per commitment").isEmpty();
        assertThat(events.stream(CommitmentEvent.ReplyMatched.class)).singleElement()
                .satisfies(event -> assertThat(event.replyCableId()).isEqualTo(TEXT_REPLY_ID));

        commitments.rejectReply(id, TEXT_REPLY_ID, "dana", "a different briefing");

        assertThat(commitments.find(id).status().isClosed()).isFalse();
        assertThat(commitments.reply(id, TEXT_REPLY_ID).orElseThrow().state()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> commitments.confirmReply(id, TEXT_REPLY_ID, "dana"))
                .hasMessageContaining("already REJECTED");

        commitments.markOverdue(id);
        commitments.askToChase(id, "morgan", "call him");
        commitments.reassign(id, "lee", "morgan", "dana is on leave");
        assertThat(commitments.find(id).owner()).isEqualTo("lee");
        assertThat(commitments.find(id).status()).isEqualTo(CommitmentStatus.ESCALATED);
        commitments.partlyFulfil(id, "briefed on export controls only", TEXT_REPLY_ID);

        assertThat(commitments.find(id).status()).isEqualTo(CommitmentStatus.PARTLY_FULFILLED);
        assertThat(events.stream(CommitmentEvent.Closed.class)).singleElement()
                .satisfies(event -> assertThat(event.status()).isEqualTo(CommitmentStatus.PARTLY_FULFILLED));
        assertThat(commitments.actions(id)).extracting(CommitmentActionView::action)
                .containsExactly("REPLY_MATCHED", "REPLY_REJECTED", "CHASE_REQUESTED", "REASSIGNED");
        assertThat(commitments.counterpartRecord("Shawn Caza")).hasValueSatisfying(r -> {
            assertThat(r.organisation()).isFalse();
            assertThat(r.partly()).isEqualTo(1);
        });
        assertThat(commitments.counterpartRecords()).anySatisfy(r -> assertThat(r.organisation()).isTrue());
    }

    @Test
    void a_reviewer_edits_a_candidate_and_adds_one_by_hand_and_the_original_is_kept() {
        fileSeedOnce();
        CandidateView comments = candidates.forCable(SEED).stream()
                .filter(c -> c.dueText() != null && c.dueText().contains("at a later date")).findFirst().orElseThrow();
        CandidateDraft draft = CandidateDraft.of(comments);
        CandidateDraft edited = new CandidateDraft("promise", draft.actor(), draft.actorOrg(), draft.toWhom(),
                draft.direction(), "send Finance's comments on the ideas", LocalDate.parse("2008-11-30"), null, "lee",
                null, null);

        CandidateView after = candidates.edit(comments.id(), edited, DANA);
        CandidateView added = candidates.add(SEED, new CandidateDraft("tasking", "Embassy Ottawa", null, null,
                "owed_by_us", "report further developments septel", null, LocalDate.parse("2008-10-15"), null, 6,
                "will report further developments septel"), DANA);

        assertThat(after.action()).isEqualTo("send Finance's comments on the ideas");
        assertThat(after.owner()).isEqualTo("lee");
        assertThat(candidates.original(comments.id()).action()).isEqualTo(comments.action());
        assertThat(candidates.original(comments.id()).dueDate()).isEqualTo(comments.dueDate());
        assertThat(candidates.versions(comments.id())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(candidates.edit(comments.id(), edited, DANA)).as("no change, no decision").isEqualTo(after);
        assertThat(candidates.decisionCount(comments.id())).isEqualTo(1);
        assertThat(added.reviewState()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(added.byHand()).isTrue();
        assertThat(added.addedBy()).isEqualTo("dana");
        assertThat(events.stream(CandidateAdded.class)).singleElement()
                .satisfies(event -> assertThat(event.candidateId()).isEqualTo(added.id()));
        assertThatThrownBy(() -> new CandidateDraft("gossip", null, null, null, "owed_to_us", "x", null, null, null,
                null, null)).hasMessageContaining("kind is one of");
    }

    private void fileSeedOnce() {
        if (!catalog.isOnFile(SEED)) {
            intake.file("seed.txt", SampleCables.seed());
        }
    }
}
