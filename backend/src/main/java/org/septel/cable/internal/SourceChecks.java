package org.septel.cable.internal;

import java.util.List;
import java.util.Locale;

import org.septel.cable.Paragraph;

/** Consistency checks that only produce warnings: mismatched header and body, truncated or damaged sources. */
final class SourceChecks {

    private SourceChecks() {
    }

    /** Sources cut cables short ("...") or lose their first paragraphs; a reader should know. */
    static void noteTruncation(List<SourceLine> lines, int bodyEnd, List<Paragraph> paragraphs, Warnings warnings) {
        for (int j = bodyEnd - 1; j >= 0 && j >= bodyEnd - 5; j--) {
            String last = lines.get(j).content().strip();
            if (!last.isEmpty()) {
                if (last.endsWith("...")) {
                    warnings.add("the text ends with '...' at line " + lines.get(j).number()
                            + ": the source is truncated");
                }
                break;
            }
        }
        if (!paragraphs.isEmpty() && paragraphs.get(0).number() > 1) {
            warnings.add("numbered paragraphs start at " + paragraphs.get(0).number() + ", not 1: earlier text may be"
                    + " lost or damaged");
        }
    }

    /** The FM line and the classification line name the same post unless a source glued two cables together. */
    static void checkOriginAgainstStation(String sender, ClassificationLine cls, Warnings warnings) {
        String from = Addressees.clean(sender).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        String post = from.replaceFirst("^(AMEMBASSY|AMCONSUL|USMISSION|USINT)", "");
        String station = cls.station().replaceAll("[^A-Z]", "");
        boolean samePost = station.equals("STATE") ? from.contains("STATE")
                : from.contains(station) || station.contains(post);
        if (!samePost) {
            warnings.add("the FM line names " + sender.strip() + " but the classification line names " + cls.station()
                    + " " + cls.serial() + ": header and body may belong to different cables");
        }
    }
}
