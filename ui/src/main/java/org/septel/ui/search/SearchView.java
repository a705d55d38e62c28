package org.septel.ui.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.septel.clearance.Reader;
import org.septel.reporting.Search;
import org.septel.reporting.SearchHit;
import org.septel.reporting.SearchPage;
import org.septel.reporting.SearchQuery;
import org.septel.reporting.Snippet;
import org.septel.security.CurrentUser;
import org.septel.ui.cable.CableView;
import org.septel.ui.followup.FollowUpView;

import java.util.List;
import java.util.Map;

/**
 * One box over cables (id, subject, TAGS, text) and follow-ups (counterpart, action), showing only what the user may
 * see: cable hits are paged and counted in the database, each with a snippet from a paragraph the user may read.
 */
@Route("search")
@PageTitle("Search | Septel")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int LIMIT = 50;
    static final int PAGE_SIZE = 20;

    private final Search search;
    private final Reader reader;
    private final TextField box = new TextField();
    private final Div results = new Div();
    private String words = "";
    private int cablePage;

    public SearchView(Search search, CurrentUser currentUser) {
        this.search = search;
        this.reader = currentUser.reader();
        setWidthFull();
        box.setId("search-box");
        box.setPlaceholder("Cable id, words of the text, \"a phrase\", TAGS, counterpart");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidth("min(40em, 100%)");
        box.setMaxLength(SearchQuery.MAX_LENGTH);
        box.setValueChangeMode(ValueChangeMode.LAZY);
        box.addValueChangeListener(change -> {
            show(change.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "search" + (change.getValue().isBlank() ? "" : "?" + QueryParameters.simple(Map.of("q", change.getValue())).getQueryString())));
        });
        results.setId("search-results");
        results.setWidthFull();
        add(new H2("Search"), box, results);
        show("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (!q.isEmpty()) {
            box.setValue(q.get(0));
        }
    }

    void show(String words) {
        this.words = words;
        cablePage = 0;
        render();
    }

    private void render() {
        results.removeAll();
        if (words == null || words.strip().length() < Search.MIN_LENGTH) {
            results.add(new Paragraph("Type at least " + Search.MIN_LENGTH + " characters: a cable id such as "
                    + "08OTTAWA1245, words of a subject or of the text, \"a phrase in quotes\", a TAGS word such as "
                    + "PREL, or a counterpart's name."));
            return;
        }
        SearchPage cables;
        try {
            cables = search.cables(reader, words, cablePage * PAGE_SIZE, PAGE_SIZE);
        } catch (SearchQuery.Refused refused) {
            Paragraph message = new Paragraph(refused.getMessage());
            message.setId("search-refused");
            message.addClassName("search-refused");
            results.add(message);
            return;
        }
        List<SearchHit> followUps = search.followUps(reader, words, LIMIT);
        if (cables.total() == 0 && followUps.isEmpty()) {
            Paragraph none = new Paragraph("Nothing found for \u201c" + words.strip() + "\u201d that you may see.");
            none.setId("no-results");
            results.add(none);
            return;
        }
        Div cableSection = section("Cables (" + cables.total() + ")", "cable-hits", cables.hits());
        if (cables.total() > PAGE_SIZE) {
            cableSection.add(pager(cables.total()));
        }
        results.add(cableSection, section("Follow-ups (" + followUps.size() + (followUps.size() == LIMIT ? "+" : "") + ")",
                "follow-up-hits", followUps));
    }

    private HorizontalLayout pager(long total) {
        long from = (long) cablePage * PAGE_SIZE + 1;
        long to = Math.min(total, from + PAGE_SIZE - 1);
        Button previous = new Button("Previous", click -> {
            cablePage--;
            render();
        });
        previous.setId("cable-hits-previous");
        previous.setEnabled(cablePage > 0);
        Button next = new Button("Next", click -> {
            cablePage++;
            render();
        });
        next.setId("cable-hits-next");
        next.setEnabled(to < total);
        Span where = new Span(from + "\u2013" + to + " of " + total);
        where.setId("cable-hits-range");
        HorizontalLayout pager = new HorizontalLayout(previous, where, next);
        pager.setAlignItems(Alignment.BASELINE);
        return pager;
    }

    private Div section(String title, String id, List<SearchHit> hits) {
        Div section = new Div(new H3(title));
        section.setId(id);
        section.addClassName("search-section");
        if (hits.isEmpty()) {
            section.add(new Span("None."));
        }
        for (SearchHit hit : hits) {
            RouterLink link = hit.isCable() ? new RouterLink(hit.cableId() + " · " + hit.title(), CableView.class, hit.cableId())
                    : new RouterLink(hit.title(), FollowUpView.class, hit.commitmentId());
            Span detail = new Span(hit.marking() + (hit.detail() == null || hit.detail().isBlank() ? "" : " · " + hit.detail())
                    + (hit.isCable() ? "" : " · " + hit.cableId()));
            detail.addClassName("hit-detail");
            Div row = new Div(link, detail);
            if (hit.snippet() != null) {
                row.add(snippet(hit.snippet()));
            }
            row.addClassName("search-hit");
            section.add(row);
        }
        return section;
    }

    /** The snippet as text components: matched words are styled spans, never markup built from cable text. */
    static Div snippet(Snippet snippet) {
        Div text = new Div();
        text.addClassName("search-snippet");
        if (snippet.paragraph() > 0) {
            Span paragraph = new Span("\u00b6" + snippet.paragraph() + " ");
            paragraph.addClassName("snippet-paragraph");
            text.add(paragraph);
        }
        for (Snippet.Part part : snippet.parts()) {
            Span span = new Span(part.text());
            if (part.match()) {
                span.addClassName("search-match");
            }
            text.add(span);
        }
        return text;
    }
}
