package vn.motcua.interagency.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the seed of the simulated register: UTF-8 CSV with a header line
 * {@code id_number,full_name,date_of_birth,residence_address}, fields with commas in double quotes, lines
 * starting with {@code #} ignored. Every id number must agree with its date of birth (century digit and
 * year), so the data set cannot teach the wrong id-number layout.
 */
final class PopulationFile {

    private static final String HEADER = "id_number,full_name,date_of_birth,residence_address";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private PopulationFile() {
    }

    static List<Resident> read(InputStream csv, String source) {
        List<Resident> residents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
                throw new IllegalStateException(source + " must start with the line " + HEADER);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Resident resident = resident(line, source + ":" + lineNumber);
                if (!seen.add(resident.idNumber())) {
                    throw new IllegalStateException(source + ":" + lineNumber + ": id number " + resident.idNumber() + " twice");
                }
                residents.add(resident);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return residents;
    }

    private static Resident resident(String line, String where) {
        List<String> fields = fields(line, where);
        if (fields.size() != 4) {
            throw new IllegalStateException(where + ": 4 fields expected, found " + fields.size());
        }
        String idNumber = fields.get(0);
        if (!TWELVE_DIGITS.matcher(idNumber).matches()) {
            throw new IllegalStateException(where + ": '" + idNumber + "' is not a 12-digit id number");
        }
        LocalDate born;
        try {
            born = LocalDate.parse(fields.get(2));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": '" + fields.get(2) + "' is not a date (yyyy-mm-dd)", e);
        }
        int centuryDigit = idNumber.charAt(3) - '0';
        int yearInId = 1900 + centuryDigit / 2 * 100 + Integer.parseInt(idNumber.substring(4, 6));
        if (yearInId != born.getYear()) {
            throw new IllegalStateException(where + ": id number " + idNumber + " says born in " + yearInId
                    + ", the date of birth " + born);
        }
        String address = fields.get(3).isBlank() ? null : nfc(fields.get(3));
        return new Resident(idNumber, nfc(fields.get(1)), born, address);
    }

    /** Splits one line at commas outside double quotes; "" inside quotes is one quote. */
    private static List<String> fields(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(where + ": a quote is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
