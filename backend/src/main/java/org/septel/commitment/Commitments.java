package org.septel.commitment;

import org.septel.cable.CableId;
import org.septel.cable.ParsedCable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Tracked follow-ups: opened from confirmed candidates, then moved through their lifecycle (see {@link Commitment})
 * by the workflow. Besides the moves, it keeps what people did (slips, reassignments, requests to chase, replies
 * matched and decided) and answers the counterpart's record. Every change publishes its {@link CommitmentEvent}
 * inside the changing transaction.
 */
@Service
@Transactional(readOnly = true)
public class Commitments {

    private static final Logger log = LoggerFactory.getLogger(Commitments.class);

    private final CommitmentRepository commitments;
    private final SlipRepository slips;
    private final ReminderRepository reminders;
    private final CommitmentActionRepository actions;
    private final ReplyMatchRepository replies;
    private final FollowUpCandidates candidates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CounterpartLookup counterparts;

    /** Who the record shows for things Septel did itself (matching a reply). */
    public static final String SEPTEL = "septel";
    private static final Set<CommitmentStatus> CLOSED = EnumSet.of(CommitmentStatus.FULFILLED,
            CommitmentStatus.PARTLY_FULFILLED, CommitmentStatus.WITHDRAWN);

    Commitments(CommitmentRepository commitments, SlipRepository slips, ReminderRepository reminders,
            CommitmentActionRepository actions, ReplyMatchRepository replies,
            FollowUpCandidates candidates, ApplicationEventPublisher events, Clock clock, CounterpartLookup counterparts) {
        this.counterparts = counterparts;
        this.actions = actions;
        this.replies = replies;
        this.events = events;
        this.commitments = commitments;
        this.slips = slips;
        this.reminders = reminders;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** Opens a commitment for each confirmed candidate of the cable that has none yet; safe to call again. */
    @Transactional
    public List<Long> openConfirmed(CableId cableId, String owner) {
        List<Long> opened = new ArrayList<>();
        for (CandidateView candidate : candidates.forCable(cableId)) {
            if (candidate.reviewState() == ReviewState.CONFIRMED && !commitments.existsByCandidateId(candidate.id())) {
                String candidateOwner = candidate.owner() == null ? owner : candidate.owner();
                long id = commitments.save(new Commitment(candidate, candidateOwner, clock.instant())).id();
                opened.add(id);
                events.publishEvent(new CommitmentEvent.Opened(id, cableId, candidateOwner));
            }
        }
        log.info("Opened {} commitments for cable {}", opened.size(), cableId);
        return opened;
    }

    public CommitmentView find(long id) {
        return load(id).view();
    }

    public List<CommitmentView> forCable(CableId cableId) {
        return commitments.findByCableIdOrderById(cableId.value()).stream().map(Commitment::view).toList();
    }

    /** Idempotent: returns false when the commitment was already overdue. */
    @Transactional
    public boolean markOverdue(long id) {
        Commitment commitment = load(id);
        boolean changed = commitment.markOverdue();
        if (changed) {
            CommitmentView view = commitment.view();
            events.publishEvent(new CommitmentEvent.WentOverdue(id, view.cableId(), view.owner(), view.dueDate()));
        }
        return changed;
    }

    @Transactional
    public CommitmentView extend(long id, LocalDate newDueDate, String reason, String approvedBy) {
        Commitment commitment = load(id);
        LocalDate oldDueDate = commitment.view().dueDate();
        slips.save(commitment.extend(newDueDate, reason, approvedBy, clock.instant()));
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.Slipped(id, view.cableId(), view.owner(), oldDueDate, newDueDate,
                reason, approvedBy));
        return view;
    }

    @Transactional
    public CommitmentView fulfil(long id, String note) {
        Commitment commitment = load(id);
        commitment.fulfil(note, clock.instant());
        return closed(commitment);
    }

    /** Fulfilled, with a note and/or the later cable that shows it. */
    @Transactional
    public CommitmentView fulfil(long id, String note, CableId evidence) {
        Commitment commitment = load(id);
        commitment.fulfil(note, evidence, clock.instant());
        return closed(commitment);
    }

    /** Only part was delivered: closed as PARTLY_FULFILLED, the note saying what is missing. */
    @Transactional
    public CommitmentView partlyFulfil(long id, String note, CableId evidence) {
        Commitment commitment = load(id);
        commitment.partlyFulfil(note, evidence, clock.instant());
        return closed(commitment);
    }

    /** The event or condition an anchored item waited on is known; the item proceeds as a dated one. */
    @Transactional
    public CommitmentView setAnchorDate(long id, LocalDate dueDate, String by) {
        Commitment commitment = load(id);
        commitment.setAnchorDate(dueDate);
        actions.save(new CommitmentAction(id, CommitmentAction.Kind.ANCHOR_SET, by, clock.instant(), "due " + dueDate));
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.AnchorSet(id, view.cableId(), view.owner(), view.dueDate()));
        return view;
    }

    /** A manager gives the item to someone else; recorded with who, when, from whom to whom and why. */
    @Transactional
    public CommitmentView reassign(long id, String newOwner, String by, String reason) {
        requireText(reason, "say why the follow-up changes hands");
        Commitment commitment = load(id);
        String previous = commitment.reassign(newOwner);
        actions.save(new CommitmentAction(id, CommitmentAction.Kind.REASSIGNED, by, clock.instant(),
                "from " + previous + " to " + commitment.owner() + ": " + reason.strip()));
        log.info("{} reassigned commitment {} from {} to {}", by, id, previous, commitment.owner());
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.Reassigned(id, view.cableId(), previous, view.owner()));
        return view;
    }

    /** A manager asks the owner to chase an overdue item; recorded. */
    @Transactional
    public CommitmentView askToChase(long id, String by, String note) {
        Commitment commitment = load(id);
        commitment.askToChase();
        actions.save(new CommitmentAction(id, CommitmentAction.Kind.CHASE_REQUESTED, by, clock.instant(),
                note == null || note.isBlank() ? null : note.strip()));
        return commitment.view();
    }

    public List<CommitmentActionView> actions(long id) {
        return actions.findByCommitmentIdOrderByDoneAtAscIdAsc(id).stream().map(CommitmentAction::view).toList();
    }

    /**
     * Finds the open commitments a newly filed cable may be the reply to: those of every cable its REF block names
     * (only the ones a paragraph names by counterpart and action, if any is named; else all of them), and, from
     * other cables, those whose counterpart and action one of its paragraphs names. Each pair is proposed once (a refiled
     * cable proposes nothing new); each new proposal is recorded and published as {@link CommitmentEvent.ReplyMatched}.
     * Nothing is closed here: a person confirms.
     */
    @Transactional
    public List<ReplyMatchView> matchReplies(ParsedCable reply) {
        return matchReplies(CableId.of(reply.id()), reply);
    }

    /** As {@link #matchReplies(ParsedCable)}, for a cable filed under an id its text does not carry (a partial extract). */
    @Transactional
    public List<ReplyMatchView> matchReplies(CableId replyId, ParsedCable reply) {
        Map<Long, Commitment> referenced = new LinkedHashMap<>();
        if (!reply.references().isEmpty()) {
            commitments.findByCableIdInAndStatusNotInOrderById(reply.references(), CLOSED)
                    .forEach(c -> referenced.put(c.id(), c));
        }
        List<ReplyMatchView> matched = new ArrayList<>();
        // A reply that names one of the referenced cable's follow-ups goes to that one only; a reply that names
        // none of them may answer any, so each is put to its owner.
        Map<Long, ReplyMatcher.Passage> named = new LinkedHashMap<>();
        referenced.values().forEach(c -> ReplyMatcher.byText(reply, c.view()).ifPresent(p -> named.put(c.id(), p)));
        for (Commitment c : referenced.values()) {
            Optional<ReplyMatcher.Passage> passage = named.isEmpty() ? ReplyMatcher.byReference(reply, c.view())
                    : Optional.ofNullable(named.get(c.id()));
            passage.flatMap(p -> propose(c, replyId, ReplyMatch.MatchedBy.REFERENCE, p)).ifPresent(matched::add);
        }
        ReplyText text = ReplyText.of(reply);
        for (Commitment c : openCommitmentsNaming(text)) {
            if (!referenced.containsKey(c.id()) && !c.view().cableId().equals(replyId)) {
                ReplyMatcher.byText(text, c.view())
                        .ifPresent(p -> propose(c, replyId, ReplyMatch.MatchedBy.TEXT, p).ifPresent(matched::add));
            }
        }
        if (!matched.isEmpty()) {
            log.info("Cable {} may be the reply to commitments {}", replyId,
                    matched.stream().map(ReplyMatchView::commitmentId).toList());
        }
        return matched;
    }

    /**
     * The open commitments with an actor that one of the reply's paragraphs names (ADR 0027), by id: the names
     * the text holds ({@link ReplyText}) are looked up in the stored counterpart keys in one statement
     * ({@link CounterpartLookup}). A text with too many possible names (no real cable has) is matched against every
     * open commitment, as before. {@link ReplyMatcher#byText} decides either way.
     */
    List<Commitment> openCommitmentsNaming(ReplyText reply) {
        if (!reply.complete()) {
            return allOpenCommitmentsWithActor();
        }
        List<Long> ids = counterparts.openNaming(reply.allNames());
        if (ids.isEmpty()) {
            return List.of();
        }
        TreeMap<Long, Commitment> byId = new TreeMap<>();
        commitments.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        return new ArrayList<>(byId.values());
    }

    /** What reply matching read before ADR 0027: the oracle of its contract test and the benchmark's baseline. */
    List<Commitment> allOpenCommitmentsWithActor() {
        return commitments.findByStatusNotInAndActorIsNotNullOrderById(CLOSED);
    }

    private Optional<ReplyMatchView> propose(Commitment commitment, CableId reply, ReplyMatch.MatchedBy how,
            ReplyMatcher.Passage passage) {
        if (replies.existsByCommitmentIdAndReplyCableId(commitment.id(), reply.value())) {
            return Optional.empty();
        }
        ReplyMatch match = replies.save(new ReplyMatch(commitment.id(), reply, how, passage.paragraph(),
                passage.start(), passage.end(), clock.instant()));
        actions.save(new CommitmentAction(commitment.id(), CommitmentAction.Kind.REPLY_MATCHED, SEPTEL,
                clock.instant(), reply.value() + " (" + how.name().toLowerCase() + ")"));
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.ReplyMatched(view.id(), view.cableId(), view.owner(), reply));
        return Optional.of(match.view());
    }

    /** Every reply proposed for the commitment, oldest first. */
    public List<ReplyMatchView> replies(long id) {
        return replies.findByCommitmentIdOrderByMatchedAtAscIdAsc(id).stream().map(ReplyMatch::view).toList();
    }

    public Optional<ReplyMatchView> reply(long id, CableId replyCableId) {
        return replies.findByCommitmentIdAndReplyCableId(id, replyCableId.value()).map(ReplyMatch::view);
    }

    /** A person confirms the reply: the commitment closes as fulfilled, the reply cable as its evidence. */
    @Transactional
    public CommitmentView confirmReply(long id, CableId replyCableId, String by) {
        ReplyMatch match = loadReply(id, replyCableId);
        match.confirm(by, clock.instant());
        Commitment commitment = load(id);
        commitment.fulfil("reply " + replyCableId.value() + " confirmed by " + by, replyCableId, clock.instant());
        actions.save(new CommitmentAction(id, CommitmentAction.Kind.REPLY_CONFIRMED, by, clock.instant(),
                replyCableId.value()));
        return closed(commitment);
    }

    /** A person says the cable is not the reply: the commitment waits on as before. */
    @Transactional
    public CommitmentView rejectReply(long id, CableId replyCableId, String by, String reason) {
        ReplyMatch match = loadReply(id, replyCableId);
        match.reject(by, clock.instant(), reason);
        actions.save(new CommitmentAction(id, CommitmentAction.Kind.REPLY_REJECTED, by, clock.instant(),
                replyCableId.value() + ": " + reason.strip()));
        return load(id).view();
    }

    private ReplyMatch loadReply(long id, CableId replyCableId) {
        return replies.findByCommitmentIdAndReplyCableId(id, replyCableId.value()).orElseThrow(
                () -> new NoSuchElementException("cable " + replyCableId + " was not proposed as a reply to " + id));
    }

    /**
     * The record of every counterpart: one row per organisation and one per person, most tracked first. A
     * fulfilment counts as on time when it closed on or before the due date first given (slips do not help).
     */
    public List<CounterpartRecord> counterpartRecords() {
        List<Commitment> all = commitments.findAllByOrderById();
        List<CommitmentView> owedToUs = all.stream().map(Commitment::view).filter(v -> !v.owedByUs()).toList();
        List<CounterpartRecord> records = new ArrayList<>();
        records.addAll(tally(owedToUs, CommitmentView::actorOrg, true));
        records.addAll(tally(owedToUs, CommitmentView::actor, false));
        records.sort(Comparator.comparingLong((CounterpartRecord r) -> -(r.keptOnTime() + r.late() + r.open()
                + r.partly() + r.withdrawn())).thenComparing(CounterpartRecord::counterpart));
        return records;
    }

    /** The record of one counterpart (a person's full name or an organisation), or empty if none is tracked. */
    public Optional<CounterpartRecord> counterpartRecord(String counterpart) {
        return counterpartRecords().stream().filter(r -> r.counterpart().equalsIgnoreCase(counterpart)).findFirst();
    }

    private static List<CounterpartRecord> tally(List<CommitmentView> views, Function<CommitmentView, String> key,
            boolean organisation) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (CommitmentView v : views) {
            String name = key.apply(v);
            if (name == null || name.isBlank()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(name.strip(), n -> new long[6]);
            switch (v.status()) {
                case FULFILLED -> c[onTime(v) ? 0 : 1]++;
                case PARTLY_FULFILLED -> c[4]++;
                case WITHDRAWN -> c[5]++;
                default -> {
                    c[2]++;
                    if (v.status().isLate()) {
                        c[3]++;
                    }
                }
            }
        }
        return counts.entrySet().stream().map(e -> new CounterpartRecord(e.getKey(), organisation, e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
    }

    private static boolean onTime(CommitmentView v) {
        return v.originalDueDate() == null || v.closedAt() == null
                || !LocalDate.ofInstant(v.closedAt(), ZoneOffset.UTC).isAfter(v.originalDueDate());
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    @Transactional
    public CommitmentView withdraw(long id, String reason) {
        Commitment commitment = load(id);
        commitment.withdraw(reason, clock.instant());
        return closed(commitment);
    }

    /**
     * Reminds the owner of an open commitment, once per kind and date: a timer that fires twice, on one node or
     * two, finds the reminder already recorded (and the unique key stops a race). Returns whether one was sent.
     */
    @Transactional
    public boolean remind(long id, ReminderKind kind) {
        Commitment commitment = load(id);
        CommitmentView view = commitment.view();
        LocalDate forDate = kind == ReminderKind.BEFORE_DUE ? view.dueDate() : view.followUpDate();
        if (view.status().isClosed() || forDate == null
                || reminders.existsByCommitmentIdAndKindAndForDate(id, kind, forDate)) {
            return false;
        }
        reminders.save(new Reminder(id, kind, forDate, view.owner(), clock.instant()));
        if (kind == ReminderKind.BEFORE_DUE) {
            commitment.remindedBeforeDue();
        }
        events.publishEvent(new CommitmentEvent.ReminderRecorded(id, view.cableId(), kind, forDate, view.owner()));
        log.info("Reminded {} of commitment {} ({} {})", view.owner(), id, kind, forDate);
        return true;
    }

    public long reminderCount(long id) {
        return reminders.countByCommitmentId(id);
    }

    public List<SlipView> slips(long id) {
        return slips.findByCommitmentIdOrderBySlippedAt(id).stream().map(Slip::view).toList();
    }

    private CommitmentView closed(Commitment commitment) {
        CommitmentView view = commitment.view();
        events.publishEvent(new CommitmentEvent.Closed(view.id(), view.cableId(), view.owner(), view.status()));
        return view;
    }

    private Commitment load(long id) {
        return commitments.findById(id).orElseThrow(() -> new NoSuchElementException("no commitment " + id));
    }
}
