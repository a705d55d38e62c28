package org.septel.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.septel.cable.CableId;
import org.septel.clearance.CableAccess;
import org.septel.reporting.Search;
import org.septel.reporting.SearchHit;
import org.septel.reporting.SearchPage;
import org.septel.reporting.SearchQuery;
import org.septel.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

    @Operation(summary = "Search cables by id, subject, TAGS and text", description = "Every word and \"quoted "
            + "phrase\" must occur in text you may read (paragraphs above your clearance are not searched), or the words "
            + "in the id, subject or TAGS; best matches first, with a snippet from a paragraph you may read (parts with "
            + "match=true are the words found; render them as text). q needs " + SearchQuery.MIN_LENGTH + " to "
            + SearchQuery.MAX_LENGTH + " characters: letters, digits, spaces, quotes and - ' . / & , : ( ); "
            + "anything else is refused with 400 and a message saying what to change.")
    @GetMapping
    PageResponse<SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Paging paging = Paging.of(page, size);
        SearchPage found = search.cables(user.reader(), q, paging.offset(), paging.size());
        return PageResponse.counted(found.hits(), paging, found.total());
    }
}
