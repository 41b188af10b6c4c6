package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.motcua.reporting.PeriodicReport;

/**
 * The periodic report as an XLSX workbook laid out like form II.06a: title, offices, period and the instant the numbers
 * are as of, the two heading rows with their groups merged, one row per field, the total row in bold, and the rule that
 * counted early beneath.
 */
final class PeriodicReportXlsx {

    private static final int FIRST_HEADING = 4;

    private PeriodicReportXlsx() {
    }

    static byte[] write(PeriodicReport report) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Motcua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Báo cáo II.06a");
            int lastColumn = ReportColumns.COLUMNS.size() + 1;
            sheet.value(0, 0, ReportColumns.TITLE);
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, ReportColumns.offices(report) + " — " + ReportColumns.FORM);
            sheet.value(2, 0, ReportColumns.period(report));
            sheet.value(3, 0, ReportColumns.asOf(report));
            headings(sheet, lastColumn);
            int r = FIRST_HEADING + 2;
            int number = 1;
            for (PeriodicReport.Row row : report.fields()) {
                sheet.value(r, 0, number++);
                line(sheet, r++, row);
            }
            line(sheet, r, report.total());
            sheet.range(r, 0, r, lastColumn).style().bold().set();
            sheet.value(r + 2, 0, ReportColumns.earlyRule(report));
            sheet.width(1, 30);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void headings(Worksheet sheet, int lastColumn) {
        int top = FIRST_HEADING;
        sheet.value(top, 0, ReportColumns.NUMBER);
        sheet.range(top, 0, top + 1, 0).merge();
        sheet.value(top, 1, ReportColumns.FIELD);
        sheet.range(top, 1, top + 1, 1).merge();
        int c = 2;
        String group = null;
        int groupStart = c;
        for (ReportColumns.Column column : ReportColumns.COLUMNS) {
            if (!column.group().equals(group)) {
                if (group != null) {
                    sheet.range(top, groupStart, top, c - 1).merge();
                }
                group = column.group();
                groupStart = c;
                sheet.value(top, c, group);
            }
            sheet.value(top + 1, c, column.heading());
            c++;
        }
        sheet.range(top, groupStart, top, c - 1).merge();
        sheet.range(top, 0, top + 1, lastColumn).style().bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                .set();
    }

    private static void line(Worksheet sheet, int r, PeriodicReport.Row row) {
        sheet.value(r, 1, row.field());
        int c = 2;
        for (ReportColumns.Column column : ReportColumns.COLUMNS) {
            sheet.value(r, c++, column.value().applyAsLong(row));
        }
    }
}
