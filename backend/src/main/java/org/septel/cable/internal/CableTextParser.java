package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

/**
 * Reads one decoded cable text into a {@link ParsedCable}. Field readers work on cleaned {@link SourceLine}s;
 * anything guessed or repaired is reported in the cable's warnings.
 */
public final class CableTextParser {

    /** Either a cable or the reason the text is no cable, with its 1-based place. */
    public record Outcome(ParsedCable cable, String problem, int line, int column) { }

    private static final int PREAMBLE_LINES = 120;
    private static final int CLASSIFICATION_SEARCH_LINES = 400;
    private static final Pattern CSV_ROW_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern CABLE_ID = Pattern.compile("\\d{2}[A-Z]{2,30}\\d{1,7}");

    private CableTextParser() {
    }

    /**
     * @param sourceReferenceId the reference id a container gave (csv refid column, WikiLeaks page), or null
     * @param decodedFromLatin1 whether the bytes were not UTF-8 and were read as ISO-8859-1
     */
    public static Outcome parse(String text, String sourceReferenceId, boolean decodedFromLatin1) {
        Warnings warnings = new Warnings();
        if (decodedFromLatin1) {
            warnings.add("text is not valid UTF-8: decoded as ISO-8859-1 (Latin-1)");
        }
        List<SourceLine> lines = withPrintPageHeadsRemoved(LineSplitter.split(text));
        if (lines.isEmpty()) {
            return new Outcome(null, "the text is empty", 1, 1);
        }
        if (lines.size() >= LineSplitter.MAX_LINES) {
            warnings.add("the text has more than " + LineSplitter.MAX_LINES + " lines; lines after line "
                    + lines.get(lines.size() - 1).number() + " were not read");
        }
        int firstEo = firstEoLine(lines, 0);
        int clsIndex = classificationLine(lines, firstEo);
        ClassificationLine cls = clsIndex >= 0 ? ClassificationLine.parse(lines.get(clsIndex).content()) : null;
        // routing headers sit at the top; without a classification line only the first lines are searched
        int headerEnd = clsIndex >= 0 ? clsIndex
                : Math.min(Math.min(lines.size(), CLASSIFICATION_SEARCH_LINES), firstEo >= 0 ? firstEo : lines.size());

        DateTimeGroup dtg = dateTimeGroup(lines, headerEnd, warnings);
        RoutingHeader routing = RoutingHeader.read(lines, 0, headerEnd);
        if (routing == null) {
            warnings.add("no routing header (no FM line): partial extract");
        }

        Preamble preamble = Preamble.read(lines, clsIndex, cls,
                Math.min(lines.size(), Math.max(clsIndex, 0) + PREAMBLE_LINES));
        if (preamble.tags().isEmpty() && preamble.subject() == null && clsIndex > 0) {
            preamble = preamble.withFallback(Preamble.read(lines, -1, null, clsIndex));
        }

        int bodyEnd = endOfCable(lines, Math.max(clsIndex, 0) + 1, warnings);
        int bodyStart = preamble.end() + 1;
        String signer = Signer.find(lines, bodyStart, bodyEnd);
        int signerLine = Signer.lineIndex(lines, bodyStart, bodyEnd);
        List<Paragraph> paragraphs = ParagraphScanner.scan(text, lines, bodyStart,
                signerLine >= 0 ? signerLine : bodyEnd, warnings);

        if (cls == null && preamble.subject() == null && paragraphs.isEmpty() && preamble.tags().isEmpty()) {
            return notACable(lines, routing != null || dtg != null);
        }
        if (cls == null) {
            warnings.add("no classification line found (e.g. 'C O N F I D E N T I A L OTTAWA 001245')");
        } else if (cls.repairNote() != null) {
            warnings.add(cls.repairNote());
        }

        SourceChecks.noteTruncation(lines, bodyEnd, paragraphs, warnings);
        String origin = routing == null ? null : OriginNames.fromSender(routing.sender());
        if (cls != null && routing != null) {
            SourceChecks.checkOriginAgainstStation(routing.sender(), cls, warnings);
        }
        String id = CableIdentity.id(cls, dtg, sourceReferenceId, lines, warnings);
        int citingYear = dtg != null ? dtg.twoDigitYear() : CableIdentity.yearOf(id);
        List<String> references = preamble.referenceText() == null ? List.of()
                : References.canonicalIds(preamble.referenceText(), citingYear);
        ParsedCable cable = new ParsedCable(id, origin, dtg == null ? null : dtg.instant(),
                dtg == null ? null : dtg.precedence(), cls == null ? null : cls.level(),
                List.copyOf(preamble.caveats()), List.copyOf(preamble.tags()), preamble.subject(),
                List.copyOf(references), signer,
                routing == null ? List.of() : List.copyOf(routing.to()),
                routing == null ? List.of() : List.copyOf(routing.info()),
                List.copyOf(paragraphs), List.copyOf(warnings.toList()), text);
        return new Outcome(cable, null, 0, 0);
    }

    private static List<SourceLine> withPrintPageHeadsRemoved(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            int after = NoiseLines.afterPrintPageHead(line.content());
            out.add(after >= 0 && !line.content().substring(after).isBlank() ? line.tail(after) : line);
        }
        return out;
    }

    static int firstEoLine(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size() && i < from + CLASSIFICATION_SEARCH_LINES; i++) {
            if (FieldStarts.eoIndex(lines.get(i).content()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The classification line closest before the E.O. line (Fritz prints repeat it), else the first one. */
    private static int classificationLine(List<SourceLine> lines, int eoLine) {
        int limit = eoLine >= 0 ? eoLine : Math.min(lines.size() - 1, CLASSIFICATION_SEARCH_LINES);
        int found = -1;
        for (int i = 0; i <= limit && i < lines.size(); i++) {
            if (ClassificationLine.parse(lines.get(i).content()) != null) {
                found = i;
                if (eoLine < 0) {
                    break;
                }
            }
        }
        return found;
    }

    private static DateTimeGroup dateTimeGroup(List<SourceLine> lines, int headerEnd, Warnings warnings) {
        for (int i = 0; i < headerEnd; i++) {
            DateTimeGroup dtg = DateTimeGroup.parseDtg(lines.get(i).content());
            if (dtg != null) {
                return dtg;
            }
        }
        for (int i = 0; i < Math.min(lines.size(), headerEnd + 3); i++) {
            DateTimeGroup date = DateTimeGroup.parseWikiLeaksDate(lines.get(i).content());
            if (date != null) {
                warnings.add("no date-time group line: time taken from the WikiLeaks date line '"
                        + lines.get(i).trimmed() + "'");
                return date;
            }
        }
        return null;
    }

    /** Index after the cable's last line: a following cables.csv row (another cable) is not part of it. */
    private static int endOfCable(List<SourceLine> lines, int from, Warnings warnings) {
        for (int i = from; i + 1 < lines.size(); i++) {
            SourceLine line = lines.get(i);
            SourceLine next = lines.get(i + 1);
            if (line.number() == next.number() && line.content().length() == 19
                    && CSV_ROW_DATE.matcher(line.content()).matches()
                    && CABLE_ID.matcher(next.content().strip()).matches()) {
                int rowStart = i;
                while (rowStart > 0 && lines.get(rowStart - 1).number() == line.number()) {
                    rowStart--;
                }
                warnings.add("another cable (" + next.content().strip() + ") starts at line " + line.number()
                        + ": the text from there on is ignored");
                return rowStart;
            }
        }
        return lines.size();
    }

    private static Outcome notACable(List<SourceLine> lines, boolean headerSeen) {
        SourceLine last = lines.get(lines.size() - 1);
        if (headerSeen) {
            return new Outcome(null, "the routing header stops at line " + last.number()
                    + " with no classification line, subject or numbered paragraph after it: the cable is cut off",
                    last.number(), last.column() + last.content().length());
        }
        return new Outcome(null, "no cable found: there is no classification line (such as"
                + " 'C O N F I D E N T I A L OTTAWA 001245'), no SUBJECT line and no numbered paragraph", 1, 1);
    }
}
