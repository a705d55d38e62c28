package org.septel.cable.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of the cables.csv layout: id, date, refid, origin, classification, references, header, content.
 * A row that cannot be read becomes a {@link Row} with a problem instead of ending the whole file.
 */
public final class CablesCsv {

    private static final int COLUMNS = 8;
    private static final int REFID = 2;
    private static final int HEADER = 6;
    private static final int CONTENT = 7;

    /**
     * One row: the cable text (header then body) and its reference id, or a problem with its place in the file.
     */
    public record Row(int number, String referenceId, String cableText, String problem, int line, int column) {

        public boolean readable() {
            return problem == null;
        }
    }

    private CablesCsv() {
    }

    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        LineIndex lineIndex = new LineIndex(text);
        int rowNumber = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = (int) Math.max(1, parser.getCurrentLineNumber());
                    rows.add(new Row(rowNumber + 1, null, null,
                            "the csv text cannot be read from here on (" + describe(e) + ")", line, 1));
                    break;
                }
                rowNumber++;
                int[] position = lineIndex.lineAndColumn((int) Math.min(record.getCharacterPosition(), text.length()));
                rows.add(toRow(rowNumber, record, position));
            }
        } catch (IOException | UncheckedIOException e) {
            rows.add(new Row(rowNumber + 1, null, null, "the csv text cannot be read (" + describe(e) + ")", 1, 1));
        }
        return rows;
    }

    private static Row toRow(int rowNumber, CSVRecord record, int[] position) {
        if (record.size() != COLUMNS) {
            return new Row(rowNumber, null, null, "csv row " + rowNumber + " has " + record.size()
                    + " columns; the cables.csv layout has " + COLUMNS
                    + " (id, date, refid, origin, classification, references, header, content)",
                    position[0], position[1]);
        }
        String header = record.get(HEADER);
        String content = record.get(CONTENT);
        String separator = header.isEmpty() || header.endsWith("\n") ? "" : "\n";
        String refid = record.get(REFID).strip();
        return new Row(rowNumber, refid.isEmpty() ? null : refid, header + separator + content, null,
                position[0], position[1]);
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
