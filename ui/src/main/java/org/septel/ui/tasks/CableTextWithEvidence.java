package org.septel.ui.tasks;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import org.septel.clearance.ClearedCable;
import org.septel.clearance.Segment;
import org.septel.commitment.CandidateView;

import java.util.Comparator;
import java.util.List;

/**
 * A cable's text as the reader may see it, withheld paragraphs replaced by their label and each candidate's
 * evidence marked. Every piece is a text node, never HTML, so a cable containing markup is shown, not run.
 */
public class CableTextWithEvidence extends Pre {

    public CableTextWithEvidence(ClearedCable cable, List<CandidateView> candidates) {
        addClassName("cable-text");
        setId("cable-text");
        List<CandidateView> ordered = candidates.stream()
                .sorted(Comparator.comparingInt(CandidateView::evidenceStart)).toList();
        for (Segment segment : cable.segments()) {
            if (segment.isWithheld()) {
                Span withheld = new Span(segment.withheldLabel());
                withheld.addClassName("withheld");
                add(withheld);
            } else {
                addMarked(segment, ordered);
            }
        }
    }

    private void addMarked(Segment segment, List<CandidateView> ordered) {
        int position = segment.start();
        for (CandidateView candidate : ordered) {
            int start = candidate.evidenceStart();
            int end = candidate.evidenceEnd();
            if (start < position || end > segment.end() || start >= end) {
                continue; // outside this segment, or overlapping a mark already made
            }
            add(new Text(slice(segment, position, start)));
            Span mark = new Span(slice(segment, start, end));
            mark.addClassName("evidence");
            mark.setId("evidence-" + candidate.id());
            mark.getElement().setAttribute("title", candidate.kind() + ": " + candidate.action());
            add(mark);
            position = end;
        }
        add(new Text(slice(segment, position, segment.end())));
    }

    private static String slice(Segment segment, int from, int to) {
        return segment.text().substring(from - segment.start(), to - segment.start());
    }
}
