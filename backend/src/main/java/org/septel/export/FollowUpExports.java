package org.septel.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.septel.clearance.Reader;
import org.septel.reporting.QuickFilter;
import org.septel.reporting.WorkFilter;
import org.septel.reporting.WorkList;
import org.septel.reporting.WorkRow;
import org.septel.reporting.WorkSort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a follow-up list as CSV or XLSX. The rows are the work list's, read with the reader's scope, so withheld
 * rows are absent and withheld titles stay withheld; every row carries its marking.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpExports {

    /** The most rows one export holds; a larger list is cut (and says so in its last line). */
    public static final int MAX_ROWS = 20_000;
    private static final Logger log = LoggerFactory.getLogger(FollowUpExports.class);

    private final WorkList work;

    FollowUpExports(WorkList work) {
        this.work = work;
    }

    /** The overdue report: every tracked follow-up past its due date, longest overdue first. */
    public static WorkFilter overdue() {
        return WorkFilter.tracked().withQuick(Set.of(QuickFilter.OVERDUE));
    }

    public void write(Reader reader, WorkFilter filter, WorkSort sort, ExportFormat format, OutputStream out)
            throws IOException {
        List<WorkRow> rows = rows(reader, filter, sort);
        boolean cut = rows.size() > MAX_ROWS;
        if (cut) {
            rows = rows.subList(0, MAX_ROWS);
        }
        log.info("{} exported {} follow-up rows as {}", reader.username(), rows.size(), format);
        if (format == ExportFormat.CSV) {
            csv(rows, cut, out);
        } else {
            xlsx(rows, cut, out);
        }
    }

    private List<WorkRow> rows(Reader reader, WorkFilter filter, WorkSort sort) {
        List<WorkRow> rows = new ArrayList<>();
        for (int offset = 0; rows.size() <= MAX_ROWS; offset += WorkList.MAX_PAGE) {
            List<WorkRow> page = work.page(reader, filter, sort, offset, WorkList.MAX_PAGE);
            rows.addAll(page);
            if (page.size() < WorkList.MAX_PAGE) {
                break;
            }
        }
        return rows;
    }

    private static void csv(List<WorkRow> rows, boolean cut, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(ExportColumns.ALL.stream().map(ExportColumns.Column::header).toList());
            for (WorkRow row : rows) {
                printer.printRecord(ExportColumns.ALL.stream().map(c -> defused(ExportColumns.text(c.value().apply(row))))
                        .toList());
            }
            if (cut) {
                printer.printRecord("(cut at " + MAX_ROWS + " rows)");
            }
        }
    }

    /**
     * A cell that starts like a formula is prefixed with an apostrophe, so a spreadsheet opening the CSV shows the
     * text instead of running it (cable text is outside input).
     */
    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static void xlsx(List<WorkRow> rows, boolean cut, OutputStream out) throws IOException {
        // Streaming workbook: a few rows in memory at a time, however long the list.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Follow-ups");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < ExportColumns.ALL.size(); i++) {
                header.createCell(i).setCellValue(ExportColumns.ALL.get(i).header());
            }
            int r = 1;
            for (WorkRow row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < ExportColumns.ALL.size(); i++) {
                    Object value = ExportColumns.ALL.get(i).value().apply(row);
                    var cell = line.createCell(i);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            if (cut) {
                sheet.createRow(r).createCell(0).setCellValue("(cut at " + MAX_ROWS + " rows)");
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
