package org.septel.clearance;

import org.septel.audit.AccessDenials;
import org.septel.cable.CableCatalog;
import org.septel.cable.CableDetails;
import org.septel.cable.CableId;
import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one door to cable content: every screen, export and feed reads cables through here, with the reader's
 * clearance, and every withholding is logged with who, what and why.
 */
@Service
@Transactional(readOnly = true)
public class CableAccess {

    private static final Logger log = LoggerFactory.getLogger(CableAccess.class);

    private final CableCatalog catalog;
    private final AccessDenials denials;

    CableAccess(CableCatalog catalog, AccessDenials denials) {
        this.catalog = catalog;
        this.denials = denials;
    }

    /** Empty when the cable is not on file or belongs to a desk the reader does not work on (told apart only in the log). */
    public Optional<ClearedCable> read(CableId id, Reader reader) {
        Optional<CableDetails> cable = catalog.find(id);
        if (cable.isPresent() && !reader.mayRead(cable.get().desk(), cable.get().infoDesks())) {
            denials.record(reader.username(), "cable " + id.value(), "the cable belongs to " + cable.get().desk()
                    + ", which is not among the reader's desks");
            return Optional.empty();
        }
        return cable.map(found -> clear(found, reader));
    }

    /**
     * Why this person may not be given work on the cable (not on its desk, or not cleared for its marking), or empty
     * when they may. Nothing is logged: the question is asked on their behalf by someone handing work over.
     */
    public Optional<String> whyNotGivenTo(CableId id, Reader person) {
        Optional<CableDetails> cable = catalog.headers(List.of(id)).stream().findFirst();
        if (cable.isEmpty()) {
            return Optional.of("cable " + id.value() + " is not on file");
        }
        String desk = cable.get().desk();
        if (!person.mayOpenDesk(desk)) {
            return Optional.of(person.username() + " does not work on desk " + desk.replaceFirst("^desk:", ""));
        }
        PortionMarking overall = overall(cable.get());
        if (!person.clearance().covers(overall)) {
            return Optional.of(person.username() + " is not cleared to read it (marked " + overall.shortForm() + ")");
        }
        return Optional.empty();
    }

    /** Subjects for a list of cables, with the subject of every cable the reader may not read replaced. */
    public Map<CableId, String> headlines(Collection<CableId> ids, Reader reader) {
        return catalog.headers(ids).stream().filter(cable -> reader.mayRead(cable.desk(), cable.infoDesks()))
                .collect(Collectors.toMap(CableDetails::id, cable -> {
            PortionMarking overall = overall(cable);
            return reader.clearance().covers(overall) ? nullToEmpty(cable.subject())
                    : "(subject withheld: " + overall.shortForm() + ")";
        }));
    }

    private ClearedCable clear(CableDetails cable, Reader reader) {
        PortionMarking overall = overall(cable);
        if (!reader.clearance().covers(overall)) {
            denials.record(reader.username(), "cable " + cable.id().value(), "the cable is marked "
                    + overall.shortForm() + "; the reader is cleared " + reader.clearance().level()
                    + (reader.clearance().caveats().isEmpty() ? "" : " " + reader.clearance().caveats()));
            return new ClearedCable(cable.id(), overall.shortForm(), true, null, null, null, null, null, List.of(),
                    List.of(), null, List.of(), List.of(), List.of(), Set.of(), infoCopy(cable, reader));
        }
        ParsedCable parsed = cable.parsed();
        List<Segment> segments = new ArrayList<>();
        Set<Integer> withheld = new LinkedHashSet<>();
        String text = cable.text();
        int position = 0;
        if (parsed != null) {
            for (Paragraph paragraph : parsed.paragraphs()) {
                PortionMarking marking = PortionMarking.read(paragraph.marking(), overall.level());
                if (reader.clearance().covers(marking) || paragraph.start() < position || paragraph.end() > text.length()) {
                    continue;
                }
                segments.add(new Segment(position, paragraph.start(), text.substring(position, paragraph.start()), null));
                segments.add(new Segment(paragraph.start(), paragraph.end(), null,
                        "paragraph " + paragraph.number() + " - withheld (" + marking.shortForm() + ")"));
                withheld.add(paragraph.number());
                position = paragraph.end();
            }
        }
        segments.add(new Segment(position, text.length(), text.substring(position), null));
        if (!withheld.isEmpty()) {
            log.info("Access withheld: {} may not read paragraphs {} of cable {}", reader.username(), withheld, cable.id());
        }
        return new ClearedCable(cable.id(), overall.shortForm(), false, cable.subject(), cable.dtg(), cable.origin(),
                cable.precedence(), cable.tags(), cable.caveats(), cable.references(),
                parsed == null ? null : parsed.signer(), parsed == null ? List.of() : parsed.to(),
                parsed == null ? List.of() : parsed.info(), List.copyOf(segments), Set.copyOf(withheld),
                infoCopy(cable, reader));
    }

    private static boolean infoCopy(CableDetails cable, Reader reader) {
        return !reader.mayOpenDesk(cable.desk());
    }

    private static PortionMarking overall(CableDetails cable) {
        Classification level = Classification.ofCable(cable.classification());
        // The stored caveats, not a fresh parse: this runs for every row of every task list.
        return new PortionMarking(level, cable.caveats().contains(PortionMarking.NOFORN) ? Set.of(PortionMarking.NOFORN) : Set.of());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
