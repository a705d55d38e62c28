package org.septel.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.septel.cable.internal.BinaryCheck;
import org.septel.cable.internal.CableTextParser;
import org.septel.cable.internal.CablesCsv;
import org.septel.cable.internal.InputFormat;
import org.septel.cable.internal.TextDecoder;
import org.septel.cable.internal.WikiLeaksPage;

/**
 * Reads diplomatic cables from bytes. Thread-safe and stateless apart from its limits. Never throws for bad
 * input: every problem becomes a {@link ParseResult.Failed} with a message and, where known, a line and column.
 */
public final class CableParser {

    private final ParserLimits limits;

    public CableParser(ParserLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Parses the bytes of one plain-text cable. */
    public ParseResult parse(String sourceName, byte[] bytes) {
        String source = sourceName == null ? "(unnamed)" : sourceName;
        try {
            ParseResult rejected = rejectUnreadable(source, bytes);
            if (rejected != null) {
                return rejected;
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            return parseText(source, decoded.text(), null, decoded);
        } catch (RuntimeException | StackOverflowError e) {
            return internalFailure(source, e);
        }
    }

    /**
     * Parses a file holding one plain-text cable, one WikiLeaks cable page (HTML) or many cables in the
     * cables.csv layout; returns one result per cable in input order.
     */
    public List<ParseResult> parseFile(String fileName, byte[] bytes) {
        String source = fileName == null ? "(unnamed)" : fileName;
        try {
            ParseResult rejected = rejectUnreadable(source, bytes);
            if (rejected != null) {
                return List.of(rejected);
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            return switch (InputFormat.detect(decoded.text())) {
                case WIKILEAKS_HTML -> List.of(parsePage(source, decoded));
                case CABLES_CSV -> parseCsv(source, decoded);
                case PLAIN_TEXT -> List.of(parseText(source, decoded.text(), null, decoded));
            };
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(internalFailure(source, e));
        }
    }

    private ParseResult rejectUnreadable(String source, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return failed(source, "the input is empty", 1, 1);
        }
        if (bytes.length > limits.maxBytes()) {
            return failed(source, String.format(Locale.ROOT,
                    "the input is %,d bytes, more than the limit of %,d bytes for one file",
                    bytes.length, limits.maxBytes()), 1, 1);
        }
        return null;
    }

    private ParseResult parseText(String source, String text, String referenceId, TextDecoder.Decoded decoded) {
        if (text.isBlank()) {
            return failed(source, "the input holds only white space", 1, 1);
        }
        CableTextParser.Outcome outcome = CableTextParser.parse(text, referenceId, decoded.latin1());
        if (outcome.cable() == null) {
            // only text that is no cable is checked for binary data: clean input pays nothing for the check
            BinaryCheck.Position binary = BinaryCheck.firstBinaryChar(text);
            if (binary != null) {
                return failed(source, String.format(Locale.ROOT,
                        "the input looks like binary data, not cable text: control character U+%04X",
                        binary.codePoint()), binary.line(), binary.column());
            }
            return failed(source, outcome.problem(), outcome.line(), outcome.column());
        }
        return new ParseResult.Parsed(source, outcome.cable());
    }

    private ParseResult parsePage(String source, TextDecoder.Decoded decoded) {
        WikiLeaksPage page = WikiLeaksPage.read(decoded.text());
        if (page.preBlocks() == 0 || page.cableText().isBlank()) {
            return failed(source, "the HTML page has no <pre> block with cable text", 1, 1);
        }
        String name = page.referenceId() == null ? source : source + " (" + page.referenceId() + ")";
        return parseText(name, page.cableText(), page.referenceId(), decoded);
    }

    private List<ParseResult> parseCsv(String source, TextDecoder.Decoded decoded) {
        List<ParseResult> results = new ArrayList<>();
        for (CablesCsv.Row row : CablesCsv.read(decoded.text())) {
            String name = source + " row " + row.number()
                    + (row.referenceId() == null ? "" : " (" + row.referenceId() + ")");
            if (!row.readable()) {
                results.add(failed(name, row.problem(), row.line(), row.column()));
                continue;
            }
            ParseResult result = parseText(name, row.cableText(), row.referenceId(), decoded);
            if (result instanceof ParseResult.Failed failed) {
                // positions inside a row are shifted to the row's place in the file
                ParseError e = failed.error();
                result = failed(name, e.message() + " (csv row " + row.number() + " starts at line " + row.line() + ")",
                        row.line() + e.line() - 1, e.line() == 1 ? row.column() + e.column() - 1 : e.column());
            }
            results.add(result);
        }
        if (results.isEmpty()) {
            results.add(failed(source, "the csv file has no rows", 1, 1));
        }
        return results;
    }

    private static ParseResult.Failed failed(String source, String message, int line, int column) {
        return new ParseResult.Failed(source, new ParseError(message, line, column));
    }

    private static ParseResult.Failed internalFailure(String source, Throwable e) {
        return failed(source, "the parser could not read this input (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 1, 1);
    }
}
