package org.learningnetwork.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table downloaded for a spreadsheet, as CSV (RFC 4180, UTF-8) or an Excel workbook with the same rows: the first row
 * is the heading. Numbers stay numbers in a workbook; text people typed is made safe to open ({@link #typed}).
 */
public final class TableExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /**
     * How to write text people typed into this kind of file: as it is in a workbook, whose text cells are never formulas;
     * quoted where it would start a formula in a CSV file.
     */
    public static UnaryOperator<String> typed(boolean excel) {
        return excel ? UnaryOperator.identity() : TableExport::cell;
    }

    /** Sends the rows as an attachment named {@code baseName.csv} or {@code baseName.xlsx}, never cached. */
    public static void send(HttpServletResponse response, String baseName, boolean excel, List<List<Object>> rows, String sheetName)
            throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + baseName + (excel ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "no-store");
        if (excel) {
            response.setContentType(XLSX);
            workbook(rows, sheetName, response.getOutputStream());
        } else {
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
            try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
                csv.printRecords(rows);
            }
        }
    }

    /** One sheet with a bold, frozen heading row; numbers stay numbers. */
    public static void workbook(List<List<Object>> rows, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Learning Network", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    /** Text typed by people, made safe to open in a spreadsheet: a leading =, +, - or @ would start a formula. */
    public static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
