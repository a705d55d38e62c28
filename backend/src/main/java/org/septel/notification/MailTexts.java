package org.septel.notification;

import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.clearance.Classification;
import org.septel.clearance.Clearance;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Reader;
import org.septel.commitment.CommitmentView;
import org.septel.commitment.Commitments;
import org.septel.commitment.FollowUpCandidates;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Words about a follow-up that may go into a mail: read through {@link CableAccess} with the lower of the
 * recipient's clearance and the mail clearance (UNCLASSIFIED by default), so a SECRET paragraph never reaches a
 * mailbox, whoever the recipient is.
 */
@Component
class MailTexts {

    static final int TITLE_MAX_LENGTH = 120;

    private final CableAccess cables;
    private final Commitments commitments;
    private final FollowUpCandidates candidates;
    private final MailSettings settings;

    MailTexts(CableAccess cables, Commitments commitments, FollowUpCandidates candidates, MailSettings settings) {
        this.cables = cables;
        this.commitments = commitments;
        this.candidates = candidates;
        this.settings = settings;
    }

    /** What a follow-up may be called in a mail to someone with this clearance. */
    FollowUpWords describe(long commitmentId, Clearance recipient) {
        CommitmentView commitment = commitments.find(commitmentId);
        Reader reader = Reader.anyDesk("mail", forMail(recipient));
        Optional<ClearedCable> cable = cables.read(commitment.cableId(), reader);
        String cableLine = cableLine(commitment.cableId(), cable);
        boolean actionVisible = cable.isPresent() && !cable.get().withheld()
                && candidates.visibleIn(cable.get()).stream().anyMatch(c -> c.id() == commitment.candidateId());
        String title = actionVisible ? shorten(join(commitment.actor(), commitment.action()))
                : "follow-up " + commitmentId + " (its text is not sent by mail)";
        return new FollowUpWords(commitment, title, cableLine);
    }

    String cableLine(CableId id, Clearance recipient) {
        return cableLine(id, cables.read(id, Reader.anyDesk("mail", forMail(recipient))));
    }

    /** The lower of the two levels, and only the caveats both allow. */
    Clearance forMail(Clearance recipient) {
        Classification level = recipient.level().covers(settings.classification()) ? settings.classification()
                : recipient.level();
        Set<String> caveats = new HashSet<>(recipient.caveats());
        caveats.retainAll(settings.caveats());
        return new Clearance(level, caveats);
    }

    String footer() {
        return "\n--\nSeptel mails carry no text marked above " + settings.classification()
                + "; read the rest in Septel. Choose which notices you get in Septel's notice settings.\n";
    }

    String link(String path) {
        return settings.baseUrl() + path;
    }

    private static String cableLine(CableId id, Optional<ClearedCable> cable) {
        if (cable.isEmpty()) {
            return "cable " + id.value();
        }
        if (cable.get().withheld() || cable.get().subject() == null || cable.get().subject().isBlank()) {
            return "cable " + id.value() + " (" + cable.get().marking() + ")";
        }
        return "cable " + id.value() + " (" + cable.get().marking() + "): " + shorten(cable.get().subject());
    }

    private static String join(String actor, String action) {
        String a = actor == null ? "" : actor.strip();
        String b = action == null ? "" : action.strip();
        return (a + (a.isEmpty() || b.isEmpty() ? "" : ": ") + b).replaceAll("\\s+", " ");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\s]+", " ").strip();
        return oneLine.length() <= TITLE_MAX_LENGTH ? oneLine : oneLine.substring(0, TITLE_MAX_LENGTH - 1) + "…";
    }

    record FollowUpWords(CommitmentView commitment, String title, String cableLine) {
    }
}
