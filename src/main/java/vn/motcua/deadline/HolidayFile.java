package vn.motcua.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the administrator-edited holiday file (UTF-8, one entry a line, {@code #} starts a comment):
 * <pre>
 * year 2026 official                         every entry below belongs to 2026 (or: provisional)
 * 2026-01-01 OFF Tết Dương lịch              a day off
 * 2026-02-14..2026-02-22 OFF Tết Nguyên đán  every day of the range is off, weekends included
 * 2025-04-26 WORK Làm bù cho thứ Sáu 02/05   a Saturday or Sunday that is worked
 * </pre>
 * An entered year replaces the statutory rule for that year completely; a year not entered is computed.
 */
public final class HolidayFile {

    private HolidayFile() {
    }

    /**
     * @throws MalformedHolidayFile naming the file, the line and the reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySchedule load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday file " + path, e);
        }
    }

    /**
     * @param sourceName how error messages name the text, e.g. its file name
     * @throws MalformedHolidayFile naming the source, the line and the reason
     */
    public static HolidaySchedule parse(Reader reader, String sourceName) {
        HolidayFileParser parser = new HolidayFileParser(sourceName);
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                parser.read(++number, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday file " + sourceName, e);
        }
        return parser.schedule();
    }
}
