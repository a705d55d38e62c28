package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.reporting.Search;
import org.septel.reporting.SearchHit;
import org.septel.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.NoSuchElementException;

/** Reading cables through the one door ({@link CableAccess}), and searching them within the caller's scope. */
@Tag(name = "Cables")
@RestController
@ConditionalOnWebApplication // the jar's subcommands run without a web server (and without a logged-in user)
@RequestMapping(path = "/api/cables", produces = MediaType.APPLICATION_JSON_VALUE)
class CablesController {

    private final CableAccess cables;
    private final Search search;
    private final CurrentUser user;

    CablesController(CableAccess cables, Search search, CurrentUser user) {
        this.cables = cables;
        this.search = search;
        this.user = user;
    }

    @Operation(summary = "One cable, as much of it as you may read", description = "404 when it is not on file or "
            + "belongs to a desk you do not work on (not told apart).")
    @GetMapping("/{id}")
    CableResponse get(@PathVariable String id) {
        if (!CableId.isCanonical(id)) {
            throw new IllegalArgumentException("not a cable id (like 08OTTAWA1245)");
        }
        return cables.read(CableId.of(id), user.reader()).map(CableResponse::of)
                .orElseThrow(() -> new NoSuchElementException("no cable"));
    }

    @Operation(summary = "Search cables by id, subject or TAGS words", description = "Only cables you may read are "
            + "searched; q needs at least " + Search.MIN_LENGTH + " characters.")
    @GetMapping
    PageResponse<SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        if (q.strip().length() < Search.MIN_LENGTH) {
            throw new IllegalArgumentException("q needs at least " + Search.MIN_LENGTH + " characters");
        }
        // Search returns the first n hits; ask for one page more than this one to know whether more follow.
        List<SearchHit> hits = search.cables(user.reader(), q, paging.offset() + paging.size() + 1);
        List<SearchHit> items = hits.subList(Math.min(paging.offset(), hits.size()),
                Math.min(paging.offset() + paging.size(), hits.size()));
        return new PageResponse<>(items, paging.page(), paging.size(), null,
                hits.size() > paging.offset() + paging.size());
    }
}
