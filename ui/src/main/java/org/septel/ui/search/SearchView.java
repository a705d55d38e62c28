package org.septel.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.septel.security.CurrentUser;
import org.septel.ui.cable.CableView;
import org.septel.ui.followup.FollowUpView;

import java.util.List;
import java.util.Map;

/** One box over cables (id, subject, TAGS) and follow-ups (counterpart, action), showing only what the user may see. */
@Route("search")
@PageTitle("Search | Septel")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int LIMIT = 50;

    private final Search search;
    private final Reader reader;
    private final TextField box = new TextField();
    private final Div results = new Div();

    public SearchView(Search search, CurrentUser currentUser) {
        this.search = search;
        this.reader = currentUser.reader();
        setWidthFull();
        box.setId("search-box");
        box.setPlaceholder("Cable id, subject, TAGS, counterpart or action");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidth("min(40em, 100%)");
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
        results.removeAll();
        if (words == null || words.strip().length() < Search.MIN_LENGTH) {
            results.add(new Paragraph("Type at least " + Search.MIN_LENGTH + " characters: a cable id such as "
                    + "08OTTAWA1245, words of a subject, a TAGS word such as PREL, or a counterpart's name."));
            return;
        }
        List<SearchHit> cables = search.cables(reader, words, LIMIT);
        List<SearchHit> followUps = search.followUps(reader, words, LIMIT);
        if (cables.isEmpty() && followUps.isEmpty()) {
            Paragraph none = new Paragraph("Nothing found for \u201c" + words.strip() + "\u201d that you may see.");
            none.setId("no-results");
            results.add(none);
            return;
        }
        results.add(section("Cables", "cable-hits", cables), section("Follow-ups", "follow-up-hits", followUps));
    }

    private Div section(String title, String id, List<SearchHit> hits) {
        Div section = new Div(new H3(title + " (" + hits.size() + (hits.size() == LIMIT ? "+" : "") + ")"));
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
            row.addClassName("search-hit");
            section.add(row);
        }
        return section;
    }
}
