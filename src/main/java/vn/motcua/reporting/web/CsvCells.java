package vn.motcua.reporting.web;

/**
 * Text cells of a CSV export, written so that a spreadsheet shows them and never evaluates them. A field name
 * imported from an older system may read {@code =HYPERLINK(…)} or {@code @SUM(1+1)*cmd|' /C calc'!A0}: Excel and
 * LibreOffice take a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (and the
 * full-width {@code ＝ ＋ － ＠} in some locales). Such a cell gets a leading single quote and double quotes around it
 * (OWASP, "CSV injection"); the quote shows, which is the point: the reader sees the text as it was typed.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {
    }

    /** The text as one RFC 4180 cell: quoted when it holds a comma, a quote or a line break, neutralised as above. */
    static String text(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "\"'" + text.replace("\"", "\"\"") + "\"";
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
