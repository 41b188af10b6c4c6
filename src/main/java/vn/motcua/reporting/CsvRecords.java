package vn.motcua.reporting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes
 * doubled and line breaks); a UTF-8 byte order mark before the first field is skipped. Not thread-safe.
 */
final class CsvRecords {

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private boolean first = true;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} started on (1 = the first line). */
    int line() {
        return recordLine;
    }

    /** The next record, or null at the end of the input; blank lines are skipped. */
    List<String> next() {
        try {
            while (true) {
                int c = read();
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        c = read();
                    }
                }
                if (c == -1) {
                    return null;
                }
                if (c == '\n') {
                    line++;
                    continue;
                }
                if (c == '\r') {
                    continue;
                }
                recordLine = line;
                return record(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> record(int c) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        return in.read();
    }
}
