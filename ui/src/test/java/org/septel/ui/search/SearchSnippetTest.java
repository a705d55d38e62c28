package org.septel.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.septel.reporting.Snippet;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSnippetTest {

    @Test
    void cable_text_in_a_snippet_is_shown_as_text_and_never_becomes_markup() {
        Div shown = SearchView.snippet(new Snippet(3, List.of(new Snippet.Part("<img src=x onerror=alert(1)> the ", false),
                new Snippet.Part("<b>minister</b>", true), new Snippet.Part(" will report", false))));

        List<Span> spans = shown.getChildren().map(Span.class::cast).toList();
        assertThat(spans).extracting(Span::getText).containsExactly("\u00b63 ", "<img src=x onerror=alert(1)> the ",
                "<b>minister</b>", " will report");
        assertThat(spans.get(2).getClassNames()).containsExactly("search-match");
        assertThat(spans).allSatisfy(span -> {
            assertThat(span.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
            assertThat(span.getElement().getProperty("innerHTML")).isNull();
        });
    }
}
