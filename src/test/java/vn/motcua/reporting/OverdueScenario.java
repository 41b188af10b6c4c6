package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.EngineRest;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineRule;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IdNumber;
import vn.motcua.dossier.Registration;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Time;

/**
 * A province of two offices for the overdue list, asked on Tuesday 12 May 2026 at 07:45 (Hà Nội), before office A
 * opens (08:00) and a quarter of an hour after office B opened (its hours are 07:30-11:30 and 13:00-17:00, set by the
 * caller as {@code motcua.deadline.office-hours-by-office}). Each office gets the same eleven dossiers of the sample
 * procedure (WD:3): overdue for a day, overdue by one minute of office time, overdue since a closing time (no office time
 * yet in A, 15 minutes in B), due soon, late only at a stage, due soon only at a stage, not due, paused, and counted
 * overdue after an apology with a later appointment; held by a clerk, by two groups, by nobody, by the next stage.
 *
 * <p>{@link #assertTheDatabaseListsAsDocumented(int)} compares what the API pages, sorts, counts and filters in the
 * database with the same list ordered, sliced, counted and filtered in Java by the rules the README gives.
 * Used on H2 and on PostgreSQL.
 */
public final class OverdueScenario {

    public static final String OTHER_HOURS = "MON-FRI 07:30-11:30,13:00-17:00";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PASSWORD = "overdue-scenario";
    private static final List<String> SORTS = List.of("overdue", "due", "received", "code", "office", "procedure");

    private final String officeA;
    private final String officeB;
    private final String supervisor;
    private final String clerk;
    private final String civilOfficer;
    private final Map<String, String> codes = new LinkedHashMap<>();

    private OverdueScenario(String officeA, String officeB, String suffix) {
        this.officeA = officeA;
        this.officeB = officeB;
        this.supervisor = "giamsat." + suffix;
        this.clerk = "letan." + suffix;
        this.civilOfficer = "hotich." + suffix;
    }

    /** Registers the offices (B with {@link #OTHER_HOURS}), their staff and dossiers; the engine clock is reset after. */
    public static OverdueScenario build(ApplicationContext app, Office a, Office b, String suffix) {
        var scenario = new OverdueScenario(a.id(), b.id(), suffix);
        try {
            scenario.fill(app, a, b);
        } finally {
            ClockUtil.reset();
        }
        return scenario;
    }

    private void fill(ApplicationContext app, Office a, Office b) {
        var offices = app.getBean(Offices.class);
        var dossiers = app.getBean(Dossiers.class);
        var clocks = app.getBean(Clocks.class);
        var tasks = app.getBean(TaskService.class);
        var procedure = app.getBean(ProcedureCatalog.class).get("9.000001.000.00.00.H56");
        offices.register(a);
        offices.register(b);
        user(app, supervisor, "giam-sat", a.id(), b.id());
        user(app, clerk, "tiep-nhan", a.id(), b.id());
        user(app, civilOfficer, "ho-tich", a.id(), b.id());
        for (String office : List.of(a.id(), b.id())) {
            Function<String, String> receive = time -> {
                at(time);
                return dossiers.receive(new Registration(procedure, office, Channel.ONLINE,
                        new Applicant("Đỗ Thị Hạn", new IdNumber("001203005566"), null, null, null), Map.of(), Time.now(), null,
                        List.of(), null, null)).code();
            };
            put(office, "lateForADay", receive.apply("2026-05-06T09:00"));
            put(office, "sameDue", receive.apply("2026-05-06T09:00"));
            put(office, "sinceClosing", receive.apply("2026-05-06T17:00"));
            put(office, "byAMinute", receive.apply("2026-05-06T16:59"));
            put(office, "dueSoon", receive.apply("2026-05-07T10:00"));
            put(office, "lateStage", receive.apply("2026-05-07T14:30"));
            clocks.start(code(office, "lateStage"), "STAGE_POLICE", office, DeadlineRule.parse("WD:1"), Time.now());
            put(office, "nextStage", receive.apply("2026-05-07T15:00"));
            put(office, "soonStage", receive.apply("2026-05-11T09:00"));
            clocks.start(code(office, "soonStage"), "STAGE_POLICE", office, DeadlineRule.parse("WD:1"), Time.now());
            put(office, "notDue", receive.apply("2026-05-11T10:00"));
            put(office, "paused", receive.apply("2026-05-05T08:00"));
            put(office, "apology", receive.apply("2026-05-05T10:00"));

            at("2026-05-07T10:00");
            clocks.pause(code(office, "paused"), "DOSSIER", Time.now(), "SUPPLEMENT");
            clocks.extendTo(code(office, "apology"), "DOSSIER", Time.now(), hanoi("2026-05-14T10:00"), "apology");
            clocks.countAsOverdue(code(office, "apology"), "DOSSIER");

            tasks.claim(task(tasks, "lateForADay", office), clerk);
            tasks.addCandidateGroup(task(tasks, "sameDue", office), "lanh-dao");
            tasks.deleteCandidateGroup(task(tasks, "sinceClosing", office), "tiep-nhan");
            at("2026-05-07T16:00");
            String reception = task(tasks, "nextStage", office);
            tasks.claim(reception, clerk);
            tasks.complete(reception, Map.of("dossierComplete", true));
            at("2026-05-08T09:00");
            String processing = task(tasks, "nextStage", office);
            tasks.claim(processing, civilOfficer);
            tasks.complete(processing, Map.of("needsSupplement", false));
        }
    }

    /** Checks the list of the supervisor and of the clerk on Tuesday 12 May 2026 at 07:45. */
    public void assertTheDatabaseListsAsDocumented(int port) {
        at("2026-05-12T07:45");
        try {
            JsonNode province = report(port, supervisor, "limit=500");
            List<JsonNode> all = list(province);

            assertThat(codesOf(all)).as("listed").containsExactlyInAnyOrderElementsOf(codes.entrySet().stream()
                    .filter(c -> !c.getKey().endsWith("/notDue") && !c.getKey().endsWith("/paused")).map(Map.Entry::getValue).toList());
            assertThat(entry(all, officeA, "byAMinute").get("overdueWorkingMinutes").asLong()).isEqualTo(1);
            assertThat(entry(all, officeA, "sinceClosing").get("state").asText()).isEqualTo("OVERDUE");
            assertThat(entry(all, officeA, "sinceClosing").get("overdueWorkingMinutes").asLong()).isZero();
            assertThat(entry(all, officeB, "sinceClosing").get("overdueWorkingMinutes").asLong()).isEqualTo(15);
            assertThat(entry(all, officeA, "lateForADay").get("overdueWorkingMinutes").asLong()).as("Monday 09:00-17:00").isEqualTo(420);
            assertThat(entry(all, officeA, "apology").get("overdueWorkingMinutes").asLong()).isZero();
            assertThat(entry(all, officeA, "apology").at("/clocks/0/apology").asBoolean()).isTrue();
            assertThat(entry(all, officeA, "soonStage").get("state").asText()).isEqualTo("DUE_SOON");
            assertThat(entry(all, officeA, "lateStage").findValuesAsText("key")).containsExactly("STAGE_POLICE", "DOSSIER");
            assertThat(entry(all, officeA, "sinceClosing").get("responsible")).isEmpty();
            assertThat(entry(all, officeA, "sinceClosing").get("openTasks").get(0).asText()).isEqualTo("Tiếp nhận hồ sơ");
            assertThat(entry(all, officeA, "sameDue").get("responsible").findValuesAsText("id")).containsExactly("lanh-dao", "tiep-nhan");
            JsonNode next = entry(all, officeA, "nextStage");
            assertThat(next.at("/lastAction/kind").asText()).isEqualTo("TASK");
            assertThat(next.at("/lastAction/what").asText()).isEqualTo("Xử lý hồ sơ");
            assertThat(next.at("/lastAction/by").asText()).isEqualTo(civilOfficer);
            assertThat(next.get("openTasks").get(0).asText()).isEqualTo("Trả kết quả");

            assertCounts(province, all);
            for (String sort : SORTS) {
                for (String order : List.of("asc", "desc")) {
                    assertPages(port, "sort=" + sort + "&order=" + order, all, order(sort, order.equals("desc")), e -> true);
                }
            }
            assertPages(port, "", all, order("overdue", true), e -> true);
            assertPages(port, "office=" + officeA, all, order("overdue", true), e -> e.get("officeId").asText().equals(officeA));
            assertPages(port, "state=overdue&sort=due", all, order("due", false), e -> e.get("state").asText().equals("OVERDUE"));
            assertPages(port, "group=lanh-dao", all, order("overdue", true), holds("GROUP", "lanh-dao"));
            assertPages(port, "group=tiep-nhan&sort=code", all, order("code", false), holds("GROUP", "tiep-nhan"));
            assertPages(port, "assignee=" + clerk, all, order("overdue", true), holds("USER", clerk));
            assertStage(port, all);
            JsonNode clerkList = report(port, clerk, "limit=500");
            assertThat(codesOf(list(clerkList))).as("the clerk's own queue").containsExactlyElementsOf(codesOf(all.stream()
                    .filter(e -> holds("USER", clerk).test(e) || holds("GROUP", "tiep-nhan").test(e)).toList()));
        } finally {
            ClockUtil.reset();
        }
    }

    /** The counts are those of the whole list (the clocks' own states for the stages). */
    private static void assertCounts(JsonNode report, List<JsonNode> all) {
        assertThat(report.get("total").asLong()).isEqualTo(all.size());
        assertThat(report.at("/counts/overdue").asLong()).isEqualTo(all.stream().filter(OverdueScenario::overdue).count());
        assertThat(report.at("/counts/dueSoon").asLong()).isEqualTo(all.stream().filter(e -> !overdue(e)).count());
        assertThat(groups(report, "byOffice")).isEqualTo(tally(all, e -> List.of(e.get("officeId").asText())));
        assertThat(groups(report, "byProcedure")).isEqualTo(tally(all, e -> List.of(e.get("procedureCode").asText())));
        assertThat(groups(report, "byField")).isEqualTo(tally(all, e -> List.of(e.get("field").asText())));
        Map<String, long[]> stages = new TreeMap<>();
        all.forEach(e -> e.get("clocks").forEach(c -> stages.computeIfAbsent(c.get("key").asText(), k -> new long[2])
                [c.get("state").asText().equals("OVERDUE") ? 0 : 1]++));
        assertThat(groups(report, "byStage")).isEqualTo(asText(stages));
        assertThat(groups(report, "byResponsible")).isEqualTo(tally(all, e -> {
            List<String> keys = new ArrayList<>();
            e.get("responsible").forEach(r -> keys.add(r.get("type").asText() + ":" + r.get("id").asText()));
            return keys;
        }));
        assertThat(report.get("byResponsible").get(0).get("type").asText()).as("groups before persons").isEqualTo("GROUP");
    }

    /** The stage filter lists the dossiers with that clock listed, in that clock's state. */
    private void assertStage(int port, List<JsonNode> all) {
        JsonNode police = report(port, supervisor, "stage=STAGE_POLICE&limit=500");
        List<JsonNode> expected = all.stream().filter(e -> e.get("clocks").findValuesAsText("key").contains("STAGE_POLICE")).toList();
        assertThat(new java.util.HashSet<>(codesOf(list(police)))).isEqualTo(new java.util.HashSet<>(codesOf(expected)));
        for (JsonNode e : list(police)) {
            JsonNode clock = e.get("clocks").get(0);
            assertThat(e.get("clocks")).hasSize(1);
            assertThat(e.get("state").asText()).isEqualTo(clock.get("state").asText());
        }
    }

    /** The API's pages of a query are the slices of the whole list, filtered and sorted in Java. */
    private void assertPages(int port, String query, List<JsonNode> all, Comparator<JsonNode> order, Predicate<JsonNode> filter) {
        List<String> expected = codesOf(all.stream().filter(filter).sorted(order).toList());
        String and = query.isEmpty() ? "" : query + "&";
        assertThat(codesOf(list(report(port, supervisor, and + "limit=500")))).as(query).containsExactlyElementsOf(expected);
        for (int offset = 0; offset < expected.size(); offset += 4) {
            JsonNode page = report(port, supervisor, and + "limit=4&offset=" + offset);
            assertThat(codesOf(list(page))).as(query + " from " + offset)
                    .containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + 4)));
            assertThat(page.get("total").asLong()).isEqualTo(expected.size());
        }
    }

    /** The README's order: working time overdue (then the earlier due instant), due, received, code, office or procedure name. */
    private static Comparator<JsonNode> order(String sort, boolean descending) {
        Comparator<JsonNode> by = switch (sort) {
            case "overdue" -> Comparator.comparingLong((JsonNode e) -> e.get("overdueWorkingMinutes").asLong())
                    .thenComparing(e -> instant(e, "dueAt"), Comparator.reverseOrder());
            case "due" -> Comparator.comparing(e -> instant(e, "dueAt"));
            case "received" -> Comparator.comparing(e -> instant(e, "receivedAt"));
            case "code" -> Comparator.comparing(e -> e.get("code").asText());
            case "office" -> Comparator.comparing((JsonNode e) -> e.get("officeName").asText()).thenComparing(e -> instant(e, "dueAt"));
            case "procedure" -> Comparator.comparing((JsonNode e) -> e.get("procedureName").asText())
                    .thenComparing(e -> instant(e, "dueAt"));
            default -> throw new IllegalArgumentException(sort);
        };
        return (descending ? by.reversed() : by).thenComparing(e -> e.get("code").asText());
    }

    private static Predicate<JsonNode> holds(String type, String id) {
        return e -> {
            for (JsonNode r : e.get("responsible")) {
                if (r.get("type").asText().equals(type) && r.get("id").asText().equals(id)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Map<String, String> tally(List<JsonNode> all, Function<JsonNode, List<String>> keys) {
        Map<String, long[]> counts = new TreeMap<>();
        all.forEach(e -> keys.apply(e).forEach(k -> counts.computeIfAbsent(k, x -> new long[2])[overdue(e) ? 0 : 1]++));
        return asText(counts);
    }

    private static Map<String, String> asText(Map<String, long[]> counts) {
        Map<String, String> text = new TreeMap<>();
        counts.forEach((k, v) -> text.put(k, v[0] + "/" + v[1]));
        return text;
    }

    private static Map<String, String> groups(JsonNode report, String dimension) {
        Map<String, String> groups = new TreeMap<>();
        report.get(dimension).forEach(g -> groups.put((dimension.equals("byResponsible") ? g.get("type").asText() + ":" : "")
                + g.get("key").asText(), g.get("overdue").asLong() + "/" + g.get("dueSoon").asLong()));
        return groups;
    }

    private static boolean overdue(JsonNode entry) {
        return entry.get("state").asText().equals("OVERDUE");
    }

    private JsonNode entry(List<JsonNode> all, String office, String name) {
        String code = code(office, name);
        return all.stream().filter(e -> e.get("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " of " + office + " is not listed"));
    }

    private static List<JsonNode> list(JsonNode report) {
        List<JsonNode> entries = new ArrayList<>();
        report.get("dossiers").forEach(entries::add);
        return entries;
    }

    private static List<String> codesOf(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("code").asText()).toList();
    }

    private static Instant instant(JsonNode entry, String field) {
        return Instant.parse(entry.get(field).asText());
    }

    private static JsonNode report(int port, String user, String query) {
        var response = EngineRest.as(port, user, PASSWORD).get("/api/reports/overdue?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void put(String office, String name, String code) {
        codes.put(office + "/" + name, code);
    }

    private String code(String office, String name) {
        return codes.get(office + "/" + name);
    }

    private String task(TaskService tasks, String name, String office) {
        return tasks.createTaskQuery().processInstanceBusinessKey(code(office, name)).singleResult().getId();
    }

    private static void user(ApplicationContext app, String id, String group, String... offices) {
        user(app.getBean(IdentityService.class), PASSWORD, id, group, offices);
    }

    /** A test user of that group in these offices (tenants), made once per shared context. */
    static void user(IdentityService identity, String password, String id, String group, String... offices) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        var user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Thử nghiệm");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, group);
        for (String office : offices) {
            identity.createTenantUserMembership(office, id);
        }
    }

    private static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(hanoi(localTime)));
    }

    private static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }

    /** For the test's messages: which dossier is which. */
    @Override
    public String toString() {
        Map<String, String> byCode = new HashMap<>();
        codes.forEach((name, code) -> byCode.put(code, name));
        return byCode.toString();
    }
}
