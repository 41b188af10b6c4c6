package vn.motcua.reporting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.motcua.identity.Office;
import vn.motcua.shared.PlainText;

/**
 * One row of a historical import, checked field by field: either the reporting fact it becomes, or every
 * problem it has. Times without an offset are in the offices' zone; an appointment given as a date alone
 * lasts to the end of that day.
 */
final class ImportedDossier {

    /** The columns of the CSV header, in any order. */
    static final List<String> COLUMNS = List.of("code", "office", "procedure", "field", "channel", "received", "appointment",
            "finished", "status", "fee", "paidOnline");
    static final Set<String> STATUSES = Set.of("FINISHED", "RETURNED", "REJECTED", "WITHDRAWN");
    static final Set<String> CHANNELS = Set.of("ONLINE", "COUNTER", "POSTAL");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,47}");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, strict("uuuu-MM-dd HH:mm[:ss]"),
            strict("dd/MM/uuuu HH:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("dd/MM/uuuu"));

    /** One problem of a row. */
    record Problem(String field, String reason) {
    }

    /** The row's fact, or its problems (then the fact is null). */
    record Checked(String code, Fact fact, List<Problem> problems) {
    }

    private ImportedDossier() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /**
     * @param offices    the offices the importing user may import for, by id and by code
     * @param fieldOf    the field of a catalogued procedure, or null
     */
    static Checked check(Map<String, String> row, Map<String, Office> offices, Function<String, String> fieldOf, ZoneId zone, Instant now) {
        List<Problem> problems = new ArrayList<>();
        String code = row.get("code");
        if (code.isEmpty() || !CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "is required: up to 48 letters, digits and . _ / -"));
        }
        Office office = offices.get(row.get("office"));
        if (row.get("office").isEmpty()) {
            problems.add(new Problem("office", "is required"));
        } else if (office == null) {
            problems.add(new Problem("office", "'" + row.get("office") + "' is not one of your offices (code or id)"));
        }
        String procedure = row.get("procedure");
        if (procedure.isEmpty() || procedure.length() > 40) {
            problems.add(new Problem("procedure", "is required, at most 40 characters"));
        } else if (PlainText.hasHiddenCharacter(procedure)) {
            problems.add(new Problem("procedure", PlainText.refusal(procedure)));
        }
        String field = row.get("field");
        if (field.isEmpty() && !procedure.isEmpty()) {
            field = fieldOf.apply(procedure);
        }
        if (field == null || field.isEmpty() || field.length() > 200) {
            problems.add(new Problem("field", "is required (unless the procedure is catalogued), at most 200 characters"));
        } else if (PlainText.hasHiddenCharacter(field)) {
            problems.add(new Problem("field", PlainText.refusal(field)));
        }
        String channel = row.get("channel").toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            problems.add(new Problem("channel", "must be ONLINE, COUNTER or POSTAL"));
        }
        Instant received = instant(row.get("received"), false, zone, "received", problems);
        Instant appointment = instant(row.get("appointment"), true, zone, "appointment", problems);
        Instant finished = instant(row.get("finished"), false, zone, "finished", problems);
        if (received != null && !received.isBefore(now)) {
            problems.add(new Problem("received", "must lie in the past"));
        }
        if (received != null && appointment != null && appointment.isBefore(received)) {
            problems.add(new Problem("appointment", "must not be before received"));
        }
        if (received != null && finished != null && finished.isBefore(received)) {
            problems.add(new Problem("finished", "must not be before received"));
        }
        if (finished != null && finished.isAfter(now)) {
            problems.add(new Problem("finished", "must lie in the past"));
        }
        String status = row.get("status").toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            problems.add(new Problem("status", "must be FINISHED, RETURNED, REJECTED or WITHDRAWN (an imported dossier has ended)"));
        }
        long fee = 0;
        if (!row.get("fee").isEmpty()) {
            try {
                fee = Long.parseLong(row.get("fee"));
                if (fee < 0) {
                    problems.add(new Problem("fee", "must be a whole number of VND, 0 or more"));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem("fee", "must be a whole number of VND, 0 or more"));
            }
        }
        Boolean paidOnline = switch (row.get("paidOnline").toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "no" -> false;
            case "true", "1", "yes" -> true;
            default -> null;
        };
        if (paidOnline == null) {
            problems.add(new Problem("paidOnline", "must be true or false"));
        } else if (paidOnline && fee <= 0) {
            problems.add(new Problem("paidOnline", "a dossier without a fee cannot have paid online"));
        }
        if (!problems.isEmpty()) {
            return new Checked(code, null, oneByField(problems));
        }
        Instant dayStart = appointment.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        return new Checked(code, new Fact(code, office.id(), procedure, field, channel, status, received, appointment, dayStart,
                appointment, finished, fee > 0, paidOnline, false, false, false, null, 0, null, null, true), List.of());
    }

    private static List<Problem> oneByField(List<Problem> problems) {
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.reason(), (a, b) -> a + "; " + b));
        return byField.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList();
    }

    private static Instant instant(String text, boolean dateAlone, ZoneId zone, String field, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(field, "is required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: local time of the offices
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        if (dateAlone) {
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(text, format).plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
                } catch (DateTimeException e) {
                    // try the next format
                }
            }
        }
        problems.add(new Problem(field, "'" + text + "' is not a date and time (yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm"
                + (dateAlone ? ", or a date alone" : "") + ")"));
        return null;
    }
}
