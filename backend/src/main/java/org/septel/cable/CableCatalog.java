package org.septel.cable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read access to filed cables for the other modules. */
@Service
@Transactional(readOnly = true)
public class CableCatalog {

    private final CableRepository cables;
    private final CableParser parser = new CableParser(ParserLimits.defaults());

    CableCatalog(CableRepository cables) {
        this.cables = cables;
    }

    public Optional<CableDetails> find(CableId id) {
        return cables.findById(id.value()).map(cable -> cable.details(reread(cable)));
    }

    /**
     * Several cables at once (one query) with their stored header fields only: lists need subject, marking and
     * desk, so the bytes are not parsed again ({@code parsed} is null).
     */
    public java.util.List<CableDetails> headers(Collection<CableId> ids) {
        return cables.findAllById(ids.stream().map(CableId::value).toList()).stream()
                .map(cable -> cable.details(null)).toList();
    }

    /** Which of these ids are on file (for showing references as links or as "not on file"). */
    public java.util.Set<CableId> onFile(Collection<CableId> ids) {
        return cables.findAllById(ids.stream().map(CableId::value).toList()).stream().map(Cable::id)
                .collect(Collectors.toSet());
    }

    private ParsedCable reread(Cable cable) {
        ParseResult result = parser.parse(cable.id().value(), cable.rawBytes());
        return result instanceof ParseResult.Parsed parsed ? parsed.cable() : null;
    }

    public boolean isOnFile(CableId id) {
        return cables.existsById(id.value());
    }

    /** Records the desks that hold the cable as an INFO addressee (read-only for them). */
    @Transactional
    public void shareWith(CableId id, java.util.Set<String> infoDeskGroups) {
        cables.findById(id.value()).orElseThrow().shareWith(infoDeskGroups);
    }

    /** Records which desk a cable was routed to; its content then belongs to that desk. */
    @Transactional
    public void routeTo(CableId id, String deskGroup) {
        cables.findById(id.value()).orElseThrow().routeTo(deskGroup);
    }

    public long count() {
        return cables.count();
    }
}
