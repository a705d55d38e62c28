package org.septel.ui.tasks;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import org.septel.commitment.CandidateView;

import java.util.Comparator;
import java.util.List;

/**
 * A cable's text with each candidate's evidence marked. Every piece is added as a text node, never as HTML, so a
 * cable containing markup is shown, not run.
 */
class CableTextWithEvidence extends Pre {

    CableTextWithEvidence(String text, List<CandidateView> candidates) {
        addClassName("cable-text");
        setId("cable-text");
        List<CandidateView> ordered = candidates.stream()
                .filter(c -> c.evidenceStart() >= 0 && c.evidenceEnd() <= text.length() && c.evidenceStart() < c.evidenceEnd())
                .sorted(Comparator.comparingInt(CandidateView::evidenceStart)).toList();
        int position = 0;
        for (CandidateView candidate : ordered) {
            if (candidate.evidenceStart() < position) {
                continue; // overlapping evidence: the earlier mark already covers it
            }
            add(new Text(text.substring(position, candidate.evidenceStart())));
            Span mark = new Span(text.substring(candidate.evidenceStart(), candidate.evidenceEnd()));
            mark.addClassName("evidence");
            mark.setId("evidence-" + candidate.id());
            mark.getElement().setAttribute("title", candidate.kind() + ": " + candidate.action());
            add(mark);
            position = candidate.evidenceEnd();
        }
        add(new Text(text.substring(position)));
    }
}
