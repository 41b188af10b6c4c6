package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.identity.Offices;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.InvalidRequest.FieldProblem;

/**
 * What a supervisor asks of the overdue list: filters, sorting, a page and the chart's weeks. Every bad
 * parameter is named at once ({@link InvalidRequest}, a 400 problem response).
 *
 * @param field      a field of the catalogue, by its Vietnamese or English name
 * @param stage      a clock key: {@code DOSSIER} for the appointment, {@code STAGE_…} for an agency's stage
 * @param state      {@link OverdueState#OVERDUE} or {@link OverdueState#DUE_SOON}; null for both
 */
public record OverdueRequest(String office, String field, String stage, String procedure, String group, String assignee,
        OverdueState state, Sort sort, boolean descending, int offset, int limit, int weeks) {

    public static final int MAX_LIMIT = 500;
    public static final int MAX_WEEKS = 52;

    private static final Pattern STAGE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._-]{1,64}");

    /** What the list can be sorted by; {@code OVERDUE} is the office working time overdue. */
    public enum Sort {
        OVERDUE(true), DUE(false), RECEIVED(false), CODE(false), OFFICE(false), PROCEDURE(false);

        private final boolean descendingByDefault;

        Sort(boolean descendingByDefault) {
            this.descendingByDefault = descendingByDefault;
        }
    }

    /** The procedures of the requested field or procedure; null when neither narrows the list. */
    Set<String> procedureCodes(ProcedureCatalog catalog) {
        if (procedure != null) {
            return Set.of(procedure);
        }
        if (field != null) {
            return catalog.all().stream().filter(p -> field.equals(p.field().vi())).map(Procedure::code).collect(Collectors.toSet());
        }
        return null;
    }

    static OverdueRequest parse(Map<String, List<String>> parameters, ProcedureCatalog catalog, Offices offices, int defaultWeeks) {
        var reader = new Reader(parameters);
        String office = reader.text("office", NAME);
        if (office != null && offices.find(office).isEmpty()) {
            reader.problem("office", "no office with id '" + office + "'");
        }
        String field = reader.text("field", null);
        if (field != null) {
            String asked = field;
            field = catalog.all().stream().map(Procedure::field)
                    .filter(f -> f.vi().equalsIgnoreCase(asked) || f.en().equalsIgnoreCase(asked))
                    .map(Procedure.Text::vi).findFirst().orElse(null);
            if (field == null) {
                reader.problem("field", "no procedure of the catalogue is in the field '" + asked + "'");
            }
        }
        String procedure = reader.text("procedure", null);
        if (procedure != null && catalog.find(procedure).isEmpty()) {
            reader.problem("procedure", "no procedure with code '" + procedure + "'");
        }
        String stage = reader.text("stage", STAGE);
        String group = reader.text("group", NAME);
        String assignee = reader.text("assignee", NAME);
        OverdueState state = reader.choice("state", OverdueState.class, null);
        Sort sort = reader.choice("sort", Sort.class, Sort.OVERDUE);
        String order = reader.text("order", Pattern.compile("asc|desc"));
        int offset = reader.number("offset", 0, 0, Integer.MAX_VALUE);
        int limit = reader.number("limit", 50, 1, MAX_LIMIT);
        int weeks = reader.number("weeks", defaultWeeks, 1, MAX_WEEKS);
        reader.done();
        boolean descending = order == null ? sort != null && sort.descendingByDefault : order.equals("desc");
        return new OverdueRequest(office, field, stage, procedure, group, assignee, state, sort, descending, offset, limit, weeks);
    }

    /** Reads query parameters, collecting a problem for each bad one. */
    private static final class Reader {

        private final Map<String, List<String>> parameters;
        private final List<FieldProblem> problems = new ArrayList<>();

        Reader(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        String text(String name, Pattern pattern) {
            List<String> values = parameters.get(name);
            if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
                return null;
            }
            String value = values.get(0).strip();
            if (values.size() > 1) {
                problem(name, "give one value, not " + values.size());
            } else if (value.length() > 200 || (pattern != null && !pattern.matcher(value).matches())) {
                problem(name, "'" + abbreviated(value) + "' is not valid");
            }
            return value;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
            String value = text(name, null);
            if (value == null) {
                return otherwise;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(name, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
                return otherwise;
            }
        }

        int number(String name, int otherwise, int min, int max) {
            String value = text(name, null);
            if (value == null) {
                return otherwise;
            }
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(name, "must be a whole number from " + min + " to " + max);
            return otherwise;
        }

        void problem(String name, String message) {
            problems.add(new FieldProblem(name, message));
        }

        void done() {
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
        }

        private static String abbreviated(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
