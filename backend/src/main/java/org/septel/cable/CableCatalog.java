package org.septel.cable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read access to filed cables for the other modules. */
@Service
@Transactional(readOnly = true)
public class CableCatalog {

    private final CableRepository cables;

    CableCatalog(CableRepository cables) {
        this.cables = cables;
    }

    public Optional<CableDetails> find(CableId id) {
        return cables.findById(id.value()).map(Cable::details);
    }

    public boolean isOnFile(CableId id) {
        return cables.existsById(id.value());
    }

    /** Subjects by cable id, for lists that show many cables at once (one query, not one per row). */
    public Map<CableId, String> subjectsOf(Collection<CableId> ids) {
        return cables.findAllById(ids.stream().map(CableId::value).toList()).stream()
                .collect(Collectors.toMap(Cable::id, c -> c.subject() == null ? "" : c.subject()));
    }

    public long count() {
        return cables.count();
    }
}
