package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import vn.motcua.reporting.PeriodicReport;

/**
 * The periodic report as CSV: UTF-8 with a byte order mark (so that Excel shows Vietnamese), one heading row
 * ("group - column"), one row per field, the total row, then the instant the numbers are as of and the rule that
 * counted early, one line each. Text cells (the field names come from imported files too) never start a formula: see
 * {@link CsvCells}.
 */
final class PeriodicReportCsv {

    private PeriodicReportCsv() {
    }

    static byte[] write(PeriodicReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.text(ReportColumns.NUMBER)).append(',').append(CsvCells.text(ReportColumns.FIELD));
        ReportColumns.COLUMNS.forEach(c -> csv.append(',').append(CsvCells.text(c.group() + " - " + c.heading())));
        csv.append("\r\n");
        int number = 1;
        for (PeriodicReport.Row row : report.fields()) {
            line(csv, String.valueOf(number++), row);
        }
        line(csv, "", report.total());
        csv.append(CsvCells.text(ReportColumns.asOf(report))).append("\r\n");
        csv.append(CsvCells.text(ReportColumns.earlyRule(report))).append("\r\n");
        var out = new ByteArrayOutputStream();
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, String number, PeriodicReport.Row row) {
        csv.append(number).append(',').append(CsvCells.text(row.field()));
        for (ReportColumns.Column column : ReportColumns.COLUMNS) {
            csv.append(',').append(column.value().applyAsLong(row));
        }
        csv.append("\r\n");
    }
}
