package vn.motcua.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.FeeRule;
import vn.motcua.fee.FeeSchedule;
import vn.motcua.fee.InvalidFeeRule;

/**
 * Reads one {@code procedure.yaml} and checks it, naming the file and the field of the first
 * problem; the application does not start with a descriptor it cannot trust.
 */
final class ProcedureDescriptorReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT); // fees are whole VND: 2000.5 is refused, not cut
    private static final Pattern NATIONAL_CODE = Pattern.compile("[0-9]+(\\.[0-9A-Z]+)+");
    private static final Pattern COMPONENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final Set<String> FORMATS = Set.of("PDF", "JPEG", "PNG");

    private ProcedureDescriptorReader() {
    }

    /** The YAML as written; names mirror the file. */
    record Descriptor(String code, Procedure.Text name, Procedure.Text field, String level, String agencyType,
            String timeLimit, String timeLimitFrom, JsonNode fee, List<Component> components, List<Procedure.Result> results,
            List<Procedure.Detail> details, String retention, String process, Boolean demo) {
    }

    record Component(String code, Procedure.Text name, Boolean mandatory, List<String> formats, Boolean reusable) {
    }

    /** The structured form of {@code fee:} (the other is the word FREE). */
    record Fee(List<FeeLineRule> lines, Collection collection) {
    }

    /** {@code fee.collection}: how the fee-collection step waits for the fee; each setting has a default. */
    record Collection(Boolean pauseClock, String paymentDeadline) {
    }

    record FeeLineRule(String code, FeeRule.Name name, JsonNode fixed, Long perCase, PerPage perPage, List<String> exemptions) {
    }

    record PerPage(List<Tier> tiers, Long capPerCopy) {
    }

    record Tier(Integer fromPage, Integer toPage, Long vnd) {
    }

    static Procedure read(Path file) {
        Descriptor d;
        try {
            d = YAML.readValue(Files.readString(file), Descriptor.class);
        } catch (JsonMappingException e) {
            throw new InvalidProcedureDescriptor(file, path(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidProcedureDescriptor(file, "-", e.getMessage());
        }
        if (d == null) {
            throw new InvalidProcedureDescriptor(file, "-", "the file is empty");
        }
        String folder = file.getParent().getFileName().toString();
        require(file, "code", d.code() != null && NATIONAL_CODE.matcher(d.code()).matches(),
                "a national procedure code like 1.001193.000.00.00.H56 is required");
        requireText(file, "name", d.name());
        requireText(file, "field", d.field());
        Procedure.Level level = parseLevel(file, d.level());
        require(file, "agencyType", d.agencyType() != null && !d.agencyType().isBlank(), "the competent agency type is required");
        DeadlineRule timeLimit = parseRule(file, d.timeLimit());
        Procedure.TimeLimitFrom timeLimitFrom = parseTimeLimitFrom(file, d.timeLimitFrom());
        FeeSchedule fee = fee(file, d.fee());
        Period retention = parseRetention(file, d.retention());
        String processKey = d.process() == null ? folder : d.process();
        require(file, "process", Files.isRegularFile(file.resolveSibling(processKey + ".bpmn")),
                "no BPMN " + processKey + ".bpmn beside the descriptor");
        return new Procedure(d.code(), d.name(), d.field(), level, d.agencyType(), timeLimit, timeLimitFrom, fee,
                components(file, d.components()), results(file, d.results()), details(file, d.details()), retention,
                processKey, folder, Boolean.TRUE.equals(d.demo()));
    }

    private static List<Procedure.Component> components(Path file, List<Component> declared) {
        List<Procedure.Component> components = new ArrayList<>();
        List<Component> list = declared == null ? List.of() : declared;
        for (int i = 0; i < list.size(); i++) {
            Component c = list.get(i);
            String at = "components[" + i + "]";
            require(file, at + ".code", c.code() != null && COMPONENT_CODE.matcher(c.code()).matches(),
                    "a component code like TO_KHAI (capitals, digits, _) is required");
            require(file, at + ".code", components.stream().noneMatch(o -> o.code().equals(c.code())),
                    "component code " + c.code() + " is used twice");
            requireText(file, at + ".name", c.name());
            List<String> formats = c.formats() == null ? List.of("PDF", "JPEG", "PNG") : c.formats();
            require(file, at + ".formats", !formats.isEmpty() && FORMATS.containsAll(formats), "formats are among PDF, JPEG, PNG");
            components.add(new Procedure.Component(c.code(), c.name(), Boolean.TRUE.equals(c.mandatory()), formats,
                    !Boolean.FALSE.equals(c.reusable())));
        }
        return components;
    }

    private static FeeSchedule fee(Path file, JsonNode node) {
        require(file, "fee", node != null && !node.isNull() && !(node.isTextual() && node.asText().isBlank()),
                "a fee rule is required (FREE when there is none)");
        if (node.isTextual()) {
            require(file, "fee", node.asText().equals("FREE"), "'" + node.asText() + "' is neither FREE nor a list of fee lines");
            return FeeSchedule.FREE;
        }
        Fee fee;
        try {
            fee = YAML.treeToValue(node, Fee.class);
        } catch (JsonMappingException e) {
            throw new InvalidProcedureDescriptor(file, "fee." + path(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidProcedureDescriptor(file, "fee", e.getMessage());
        }
        require(file, "fee.lines", fee.lines() != null && !fee.lines().isEmpty(), "at least one fee line is required (FREE when there is none)");
        List<FeeRule> rules = new ArrayList<>();
        for (int i = 0; i < fee.lines().size(); i++) {
            String at = "fee.lines[" + i + "]";
            FeeLineRule line = fee.lines().get(i);
            try {
                rules.add(new FeeRule(line.code(), line.name(), rate(file, at, line), exemptions(file, at, line.exemptions())));
            } catch (InvalidFeeRule e) {
                throw new InvalidProcedureDescriptor(file, e.field().equals("-") ? at : at + "." + e.field(), e.problem());
            }
        }
        try {
            return new FeeSchedule(rules, collection(file, fee.collection()));
        } catch (InvalidFeeRule e) {
            throw new InvalidProcedureDescriptor(file, "fee." + e.field(), e.problem());
        }
    }

    private static FeeSchedule.Collection collection(Path file, Collection declared) {
        var defaults = FeeSchedule.Collection.DEFAULT;
        if (declared == null) {
            return defaults;
        }
        DeadlineRule deadline = defaults.paymentDeadline();
        if (declared.paymentDeadline() != null) {
            try {
                deadline = DeadlineRule.parse(declared.paymentDeadline());
            } catch (IllegalArgumentException e) {
                throw new InvalidProcedureDescriptor(file, "fee.collection.paymentDeadline", e.getMessage());
            }
        }
        return new FeeSchedule.Collection(declared.pauseClock() == null ? defaults.pauseClock() : declared.pauseClock(), deadline);
    }

    private static FeeRule.Rate rate(Path file, String at, FeeLineRule line) {
        long kinds = java.util.stream.Stream.of(line.fixed(), line.perCase(), line.perPage()).filter(java.util.Objects::nonNull).count();
        require(file, at, kinds == 1, "exactly one of fixed, perCase or perPage is required");
        if (line.perCase() != null) {
            return new FeeRule.PerCase(line.perCase());
        }
        if (line.perPage() != null) {
            return new FeeRule.PerPage(tiers(file, at + ".perPage.tiers", line.perPage().tiers()), line.perPage().capPerCopy());
        }
        JsonNode fixed = line.fixed();
        if (fixed.isObject()) {
            var names = new ArrayList<String>();
            fixed.fieldNames().forEachRemaining(names::add);
            require(file, at + ".fixed", List.of("counter", "online").containsAll(names) && names.size() == 2,
                    "one amount, or {counter: …, online: …}");
            return new FeeRule.Fixed(amount(file, at + ".fixed.counter", fixed.get("counter")),
                    amount(file, at + ".fixed.online", fixed.get("online")));
        }
        return FeeRule.Fixed.of(amount(file, at + ".fixed", fixed));
    }

    private static List<FeeRule.Tier> tiers(Path file, String at, List<Tier> declared) {
        List<Tier> list = declared == null ? List.of() : declared;
        for (int i = 0; i < list.size(); i++) {
            require(file, at + "[" + i + "].fromPage", list.get(i).fromPage() != null, "the first page of the tier is required");
            require(file, at + "[" + i + "].vnd", list.get(i).vnd() != null, "the price per page is required");
        }
        return list.stream().map(t -> new FeeRule.Tier(t.fromPage(), t.toPage(), t.vnd())).toList();
    }

    private static long amount(Path file, String field, JsonNode node) {
        require(file, field, node.isIntegralNumber() && node.canConvertToLong(), "'" + node.asText() + "' is not a whole amount of VND");
        return node.longValue();
    }

    private static List<Exemption> exemptions(Path file, String at, List<String> declared) {
        List<Exemption> exemptions = new ArrayList<>();
        List<String> list = declared == null ? List.of() : declared;
        for (int i = 0; i < list.size(); i++) {
            try {
                exemptions.add(Exemption.valueOf(String.valueOf(list.get(i))));
            } catch (IllegalArgumentException e) {
                throw new InvalidProcedureDescriptor(file, at + ".exemptions[" + i + "]", "'" + list.get(i) + "' is not one of "
                        + java.util.Arrays.stream(Exemption.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return exemptions;
    }

    private static List<Procedure.Result> results(Path file, List<Procedure.Result> declared) {
        List<Procedure.Result> results = declared == null ? List.of() : declared;
        for (int i = 0; i < results.size(); i++) {
            require(file, "results[" + i + "].code", results.get(i).code() != null && !results.get(i).code().isBlank(), "a result code is required");
            requireText(file, "results[" + i + "].name", results.get(i).name());
        }
        return results;
    }

    private static List<Procedure.Detail> details(Path file, List<Procedure.Detail> declared) {
        List<Procedure.Detail> details = declared == null ? List.of() : declared;
        for (int i = 0; i < details.size(); i++) {
            Procedure.Detail d = details.get(i);
            String at = "details[" + i + "]";
            require(file, at + ".key", d.key() != null && d.key().matches("[a-z][A-Za-z0-9]{0,39}"),
                    "a detail key is a variable name like childName");
            requireText(file, at + ".label", d.label());
            if (d.pattern() != null) {
                try {
                    java.util.regex.Pattern.compile(d.pattern());
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new InvalidProcedureDescriptor(file, at + ".pattern", "is not a regular expression: " + e.getDescription());
                }
            }
        }
        return details;
    }

    private static Procedure.Level parseLevel(Path file, String level) {
        try {
            return Procedure.Level.valueOf(String.valueOf(level));
        } catch (IllegalArgumentException e) {
            throw new InvalidProcedureDescriptor(file, "level", "'" + level + "' is not one of FULL_ONLINE, PARTIAL_ONLINE, OFFLINE");
        }
    }

    private static Procedure.TimeLimitFrom parseTimeLimitFrom(Path file, String from) {
        if (from == null) {
            return Procedure.TimeLimitFrom.RECEIPT;
        }
        try {
            return Procedure.TimeLimitFrom.valueOf(from);
        } catch (IllegalArgumentException e) {
            throw new InvalidProcedureDescriptor(file, "timeLimitFrom", "'" + from + "' is not one of RECEIPT, ACCEPTANCE");
        }
    }

    private static DeadlineRule parseRule(Path file, String rule) {
        try {
            return DeadlineRule.parse(String.valueOf(rule));
        } catch (IllegalArgumentException e) {
            throw new InvalidProcedureDescriptor(file, "timeLimit", e.getMessage());
        }
    }

    private static Period parseRetention(Path file, String retention) {
        try {
            Period period = Period.parse(String.valueOf(retention));
            require(file, "retention", !period.isNegative() && !period.isZero(), "the retention must be positive");
            return period;
        } catch (DateTimeParseException e) {
            throw new InvalidProcedureDescriptor(file, "retention", "'" + retention + "' is not an ISO period like P10Y");
        }
    }

    private static void requireText(Path file, String field, Procedure.Text text) {
        require(file, field + ".vi", text != null && text.vi() != null && !text.vi().isBlank(), "a Vietnamese text is required");
        require(file, field + ".en", text.en() != null && !text.en().isBlank(), "an English text is required");
    }

    private static void require(Path file, String field, boolean condition, String message) {
        if (!condition) {
            throw new InvalidProcedureDescriptor(file, field, message);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "-" : path.toString();
    }
}
