package org.septel.cable.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical id of a cable: station and serial from the classification line, year from the DTG; a container's
 * reference id or, failing all else, a year guessed from the declassification date.
 */
final class CableIdentity {

    private static final Pattern DECL_DATE = Pattern.compile("DECL\\s{0,3}:?\\s{0,3}(\\d{1,2})/(\\d{1,2})/(\\d{2,4})",
            Pattern.CASE_INSENSITIVE);

    private CableIdentity() {
    }

    static String id(ClassificationLine cls, DateTimeGroup dtg, String sourceReferenceId, List<SourceLine> lines,
                     Warnings warnings) {
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
        int eo = CableTextParser.firstEoLine(lines, 0);
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

    /** Two-digit year of a canonical id, or -1. */
    static int yearOf(String id) {
        return id != null && id.length() > 2 && Character.isDigit(id.charAt(0)) && Character.isDigit(id.charAt(1))
                ? Integer.parseInt(id.substring(0, 2)) : -1;
    }
}
