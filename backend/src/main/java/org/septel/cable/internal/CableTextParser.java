package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    private static final Pattern DECL_DATE = Pattern.compile("DECL\\s{0,3}:?\\s{0,3}(\\d{1,2})/(\\d{1,2})/(\\d{2,4})",
            Pattern.CASE_INSENSITIVE);
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

        noteTruncation(lines, bodyEnd, paragraphs, warnings);
        String origin = routing == null ? null : OriginNames.fromSender(routing.sender());
        if (cls != null && routing != null) {
            checkOriginAgainstStation(routing.sender(), cls, warnings);
        }
        String id = cableId(cls, dtg, sourceReferenceId, lines, warnings);
        int citingYear = dtg != null ? dtg.twoDigitYear() : yearOf(id);
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

    /** Sources cut cables short ("...") or lose their first paragraphs; a reader should know. */
    private static void noteTruncation(List<SourceLine> lines, int bodyEnd, List<Paragraph> paragraphs,
                                       Warnings warnings) {
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

    private static int yearOf(String id) {
        return id != null && id.length() > 2 && Character.isDigit(id.charAt(0)) && Character.isDigit(id.charAt(1))
                ? Integer.parseInt(id.substring(0, 2)) : -1;
    }

    private static List<SourceLine> withPrintPageHeadsRemoved(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            int after = NoiseLines.afterPrintPageHead(line.content());
            out.add(after >= 0 && !line.content().substring(after).isBlank() ? line.tail(after) : line);
        }
        return out;
    }

    private static int firstEoLine(List<SourceLine> lines, int from) {
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

    private static String cableId(ClassificationLine cls, DateTimeGroup dtg, String sourceReferenceId,
                                  List<SourceLine> lines, Warnings warnings) {
        if (cls == null) {
            return sourceReferenceId;
        }
        String id;
        if (dtg != null) {
            id = References.canonical(dtg.twoDigitYear(), cls.station(), cls.serial());
        } else if (sourceReferenceId != null) {
            return sourceReferenceId;
        } else {
            id = guessFromDeclassificationDate(cls, lines, warnings);
        }
        if (id != null && sourceReferenceId != null && !sourceReferenceId.equals(id)) {
            warnings.add("the source names this cable " + sourceReferenceId + " but its text reads " + id);
        }
        return id;
    }

    /** Partial extracts have no date at all; most were declassified ten years after they were written. */
    private static String guessFromDeclassificationDate(ClassificationLine cls, List<SourceLine> lines,
                                                        Warnings warnings) {
        int eo = firstEoLine(lines, 0);
        Matcher m = eo >= 0 ? DECL_DATE.matcher(lines.get(eo).content()) : null;
        if (m == null || !m.find()) {
            warnings.add("no date-time group and no declassification date: the cable's year is unknown, so its id"
                    + " is not set (station " + cls.station() + ", serial " + cls.serial() + ")");
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        year = year < 100 ? 2000 + year : year;
        int guessed = year - 10;
        String id = References.canonical(guessed % 100, cls.station(), cls.serial());
        warnings.add("no date-time group: year " + guessed + " guessed as ten years before the declassification date "
                + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "; id " + id + " may be wrong");
        return id;
    }

    private static void checkOriginAgainstStation(String sender, ClassificationLine cls, Warnings warnings) {
        String from = Addressees.clean(sender).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
        String station = cls.station().replaceAll("[^A-Z]", "");
        if (station.equals("STATE") ? !from.contains("SECSTATE") && !from.contains("STATE")
                : !from.contains(station) && !station.contains(from.replaceFirst("^(AMEMBASSY|AMCONSUL|USMISSION|USINT)", ""))) {
            warnings.add("the FM line names " + sender.strip() + " but the classification line names " + cls.station()
                    + " " + cls.serial() + ": header and body may belong to different cables");
        }
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
