package vn.motcua.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.OfficeHours;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;
import vn.motcua.reporting.OverdueQueries.Filter;
import vn.motcua.reporting.OverdueQueries.Holder;
import vn.motcua.reporting.OverdueQueries.Listed;
import vn.motcua.reporting.OverdueQueries.ListedClock;
import vn.motcua.reporting.OverdueQueries.Order;
import vn.motcua.reporting.OverdueQueries.StageCount;
import vn.motcua.reporting.OverdueQueries.ListedCount;
import vn.motcua.reporting.OverdueQueries.Window;
import vn.motcua.reporting.OverdueReport.ClockState;
import vn.motcua.reporting.OverdueReport.Entry;
import vn.motcua.reporting.OverdueReport.Group;
import vn.motcua.reporting.OverdueReport.LastAction;
import vn.motcua.reporting.OverdueReport.Responsible;
import vn.motcua.shared.StartupCheckFailed;
import vn.motcua.shared.SystemEngineAccess;
import vn.motcua.shared.Time;

/**
 * The overdue list of the signed-in staff member (the engine's current authentication: HTTP Basic on
 * the API, the Cockpit session on the dashboard).
 *
 * <p>A dossier is on the list when one of its running clocks (the appointment, {@code DOSSIER}, or an
 * agency's stage, {@code STAGE_…}) is overdue (due instant passed, or an apology letter was issued) or
 * due soon ({@code motcua.reports.due-soon}). Paused clocks (a supplement is awaited) are never due and
 * the applicant's supplement clocks are not the staff's. Everyone sees only the offices (tenants) he
 * works for; supervisors and leaders see all their dossiers, other officers only those whose open task
 * is theirs or their group's.
 */
@Service
@Transactional(readOnly = true)
public class OverdueReports {

    private static final Set<String> SUPERVISING = Set.of(StaffRole.SUPERVISOR.groupId(), StaffRole.OFFICE_LEADER.groupId(),
            "camunda-admin");

    private final OverdueQueries queries;
    private final OverdueWindow window;
    private final int defaultWeeks;
    private final WorkingCalendars calendars;
    private final ProcedureCatalog catalog;
    private final Offices offices;
    private final IdentityService identity;
    private final HistoryService history;
    private final SystemEngineAccess system;
    private final String cockpitBase;

    OverdueReports(OverdueQueries queries, ReportSettings settings, WorkingCalendars calendars, ProcedureCatalog catalog,
            Offices offices, IdentityService identity, HistoryService history, SystemEngineAccess system,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.queries = queries;
        this.window = window(settings);
        if (settings.chartWeeks() < 1 || settings.chartWeeks() > OverdueRequest.MAX_WEEKS) {
            throw new StartupCheckFailed("Bad motcua.reports.chart-weeks " + settings.chartWeeks(),
                    "Give a whole number of weeks from 1 to " + OverdueRequest.MAX_WEEKS + ".");
        }
        this.defaultWeeks = settings.chartWeeks();
        this.calendars = calendars;
        this.catalog = catalog;
        this.offices = offices;
        this.identity = identity;
        this.history = history;
        this.system = system;
        this.cockpitBase = webappPath + "/app/cockpit/default/#/process-instance/";
    }

    private static OverdueWindow window(ReportSettings settings) {
        try {
            return OverdueWindow.parse(settings.dueSoon());
        } catch (IllegalArgumentException e) {
            throw new StartupCheckFailed("Bad motcua.reports.due-soon '" + settings.dueSoon() + "': " + e.getMessage(),
                    "Write WD:n (until the end of the n-th next working day) or WH:n (n office hours from now).");
        }
    }

    /** The report for the query parameters of a request (see {@link OverdueRequest}); bad ones give InvalidRequest. */
    public OverdueReport report(Map<String, List<String>> parameters) {
        var request = OverdueRequest.parse(parameters, catalog, offices, defaultWeeks);
        return report(request, Viewer.current(identity), Time.now());
    }

    OverdueReport report(OverdueRequest request, Viewer viewer, Instant now) {
        List<Office> covered = offices.all().stream().filter(o -> viewer.tenants().contains(o.id()))
                .filter(o -> request.office() == null || o.id().equals(request.office())).toList();
        var officeRefs = covered.stream().map(o -> new OverdueReport.OfficeRef(o.id(), o.name())).toList();
        if (covered.isEmpty()) {
            return new OverdueReport(now, window.toString(), window.rule().inVietnamese(), window.rule().inEnglish(), officeRefs, new OverdueReport.Counts(0, 0), List.of(), List.of(),
                    List.of(), List.of(), List.of(), 0, request.offset(), request.limit(), List.of(), List.of());
        }
        Map<String, Office> officeById = covered.stream().collect(Collectors.toMap(Office::id, o -> o));
        List<Window> windows = covered.stream().map(o -> new Window(o.id(), window.limit(calendars.forOffice(o.id()), now))).toList();
        Set<String> procedures = request.procedureCodes(catalog);
        var filter = new Filter(windows, now, request.stage(), procedures, request.state(), request.group(), request.assignee(),
                viewer.supervises() ? null : viewer.userId(), viewer.groups());

        // The order by working time overdue is exact in SQL among offices with the same office hours (see
        // OverdueQueries#list); with several kinds of hours each gives its first offset + limit dossiers, merged here.
        Map<OfficeHours, Set<String>> byHours = windows.stream().collect(Collectors.groupingBy(
                w -> calendars.forOffice(w.officeId()).hours(), LinkedHashMap::new, Collectors.mapping(Window::officeId, Collectors.toSet())));
        boolean merge = request.sort() == OverdueRequest.Sort.OVERDUE && byHours.size() > 1;
        Map<String, Integer> ranks = switch (request.sort()) {
            case OFFICE -> ranks(officeById.keySet(), id -> officeById.get(id).name());
            case PROCEDURE -> ranks(queries.openDossierProcedures(officeById.keySet()), this::procedureName);
            default -> Map.of();
        };
        var listing = queries.list(filter, new Order(request.sort(), request.descending(), ranks),
                merge ? List.copyOf(byHours.values()) : List.of(Set.copyOf(officeById.keySet())),
                merge ? 0 : request.offset(), merge ? (long) request.offset() + request.limit() : request.limit());
        List<ListedCount> counts = listing.counts();
        long overdue = counts.stream().filter(ListedCount::overdue).mapToLong(ListedCount::count).sum();
        long total = counts.stream().mapToLong(ListedCount::count).sum();
        List<Entry> page = listing.pages().stream().flatMap(List::stream).map(row -> entry(row, officeById, now)).toList();
        if (merge) {
            page = page.stream().sorted(order(request)).skip(request.offset()).limit(request.limit()).toList();
        }

        return new OverdueReport(now, window.toString(), window.rule().inVietnamese(), window.rule().inEnglish(), officeRefs, new OverdueReport.Counts(overdue, total - overdue),
                grouped(counts, t -> List.of(t.officeId()), key -> new String[] {officeById.get(key).name(), null}, null),
                grouped(counts, t -> List.of(t.procedureCode()), this::procedureLabels, null),
                grouped(counts, t -> List.of(fieldOf(t.procedureCode())), this::fieldLabels, null),
                byStage(listing.stages()), byResponsible(counts),
                total, request.offset(), request.limit(), withDetails(page, filter), onTimeByWeek(covered, procedures, request.weeks(), now));
    }

    /** Positions in the order of the names (equal names share one). */
    private static Map<String, Integer> ranks(Set<String> keys, Function<String, String> name) {
        List<String> names = keys.stream().map(name).distinct().sorted().toList();
        Map<String, Integer> position = new HashMap<>();
        names.forEach(n -> position.put(n, position.size()));
        return keys.stream().collect(Collectors.toMap(k -> k, k -> position.get(name.apply(k))));
    }

    private Entry entry(Listed row, Map<String, Office> officeById, Instant now) {
        long overdueMinutes = row.overdueSince() == null ? 0
                : calendars.forOffice(row.officeId()).workingTimeBetween(row.overdueSince(), now).toMinutes();
        Optional<Procedure> procedure = catalog.find(row.procedureCode());
        return new Entry(row.code(), row.overdue() ? OverdueState.OVERDUE : OverdueState.DUE_SOON, row.officeId(),
                officeById.get(row.officeId()).name(), row.procedureCode(), procedureName(row.procedureCode()),
                procedure.map(p -> p.name().en()).orElse(null), procedure.map(p -> p.field().vi()).orElse(null),
                procedure.map(p -> p.field().en()).orElse(null), row.status(), row.receivedAt(), row.appointment(), row.dueAt(),
                overdueMinutes, List.of(), List.of(), List.of(), null, row.processInstanceId(),
                row.processInstanceId() == null ? null : cockpitBase + row.processInstanceId());
    }

    private static Comparator<Entry> order(OverdueRequest request) {
        Comparator<Entry> by = switch (request.sort()) {
            case OVERDUE -> Comparator.comparingLong(Entry::overdueWorkingMinutes)
                    .thenComparing(Entry::dueAt, Comparator.reverseOrder());
            case DUE -> Comparator.comparing(Entry::dueAt);
            case RECEIVED -> Comparator.comparing(Entry::receivedAt);
            case CODE -> Comparator.comparing(Entry::code);
            case OFFICE -> Comparator.comparing(Entry::officeName).thenComparing(Entry::dueAt);
            case PROCEDURE -> Comparator.comparing(Entry::procedureName).thenComparing(Entry::dueAt);
        };
        by = request.descending() ? by.reversed() : by;
        return by.thenComparing(Entry::code);
    }

    /** Counts per key, the largest total first; a dossier with several keys (two groups) counts once under each. */
    private static List<Group> grouped(List<ListedCount> listed, Function<ListedCount, List<String>> keys,
            Function<String, String[]> labels, String type) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ListedCount count : listed) {
            for (String key : keys.apply(count)) {
                counts.computeIfAbsent(key, k -> new long[2])[count.overdue() ? 0 : 1] += count.count();
            }
        }
        return sortedGroups(counts, labels, type);
    }

    private static List<Group> sortedGroups(Map<String, long[]> counts, Function<String, String[]> labels, String type) {
        return counts.entrySet().stream().map(c -> {
            String[] label = labels.apply(c.getKey());
            return new Group(c.getKey(), type, label[0], label[1], c.getValue()[0], c.getValue()[1]);
        }).sorted(Comparator.comparingLong((Group g) -> g.overdue() + g.dueSoon()).reversed()).toList();
    }

    /** Per clock key, by the state of that clock (the dossier may be overdue on its appointment, due soon at a stage). */
    private static List<Group> byStage(List<StageCount> stages) {
        Map<String, long[]> counts = new TreeMap<>();
        stages.forEach(s -> counts.computeIfAbsent(s.key(), k -> new long[2])[s.overdue() ? 0 : 1] += s.count());
        return sortedGroups(counts, key -> new String[] {null, null}, null);
    }

    /** The groups, then the persons, holding the listed dossiers (each holds the dossiers of his open tasks). */
    private static List<Group> byResponsible(List<ListedCount> counts) {
        List<Group> groups = new ArrayList<>();
        for (String type : List.of("GROUP", "USER")) {
            groups.addAll(grouped(counts, t -> DossierHolders.parse(t.holders()).stream().filter(h -> h[0].equals(type))
                    .map(h -> h[1]).toList(), key -> new String[] {type.equals("GROUP") ? roleLabel(key) : key, null}, type));
        }
        return groups;
    }

    private static String roleLabel(String groupId) {
        for (StaffRole role : StaffRole.values()) {
            if (role.groupId().equals(groupId)) {
                return role.label();
            }
        }
        return groupId;
    }

    private String procedureName(String code) {
        return catalog.find(code).map(p -> p.name().vi()).orElse(code);
    }

    private String[] procedureLabels(String code) {
        return catalog.find(code).map(p -> new String[] {p.name().vi(), p.name().en()}).orElse(new String[] {code, null});
    }

    private String fieldOf(String procedureCode) {
        return catalog.find(procedureCode).map(p -> p.field().vi()).orElse("");
    }

    private String[] fieldLabels(String vi) {
        return catalog.all().stream().map(Procedure::field).filter(f -> f.vi().equals(vi)).findFirst()
                .map(f -> new String[] {f.vi(), f.en()}).orElse(new String[] {vi.isEmpty() ? null : vi, null});
    }

    /** The page's clocks, holders and last actions. */
    private List<Entry> withDetails(List<Entry> page, Filter filter) {
        if (page.isEmpty()) {
            return page;
        }
        List<String> codes = page.stream().map(Entry::code).toList();
        Map<String, List<ClockState>> clocks = queries.clocks(filter, codes).stream().collect(Collectors.groupingBy(
                ListedClock::dossier, Collectors.mapping(c -> new ClockState(c.key(), c.dueAt(),
                        c.overdue() ? OverdueState.OVERDUE : OverdueState.DUE_SOON, c.countedOverdue()), Collectors.toList())));
        Map<String, List<Holder>> holders = queries.holders(codes).stream().collect(Collectors.groupingBy(Holder::dossier));
        var changes = queries.lastStatusChanges(codes).stream()
                .collect(Collectors.toMap(OverdueQueries.StatusChange::dossier, c -> c, (a, b) -> a));
        Map<String, LastAction> completed = lastCompletedTasks(page);
        return page.stream().map(e -> {
            var change = changes.get(e.code());
            var task = e.processInstanceId() == null ? null : completed.get(e.processInstanceId());
            LastAction last = null;
            if (task != null && (change == null || task.at().isAfter(change.at()))) {
                last = task;
            } else if (change != null) {
                last = new LastAction("STATUS", change.status(), change.actor(), change.at());
            }
            Set<Responsible> responsible = new LinkedHashSet<>();
            Set<String> taskNames = new LinkedHashSet<>();
            for (Holder holder : holders.getOrDefault(e.code(), List.of())) {
                taskNames.add(holder.taskName());
                if (!holder.type().equals("NONE")) {
                    responsible.add(new Responsible(holder.type(), holder.id()));
                }
            }
            List<ClockState> listed = clocks.getOrDefault(e.code(), List.of()).stream().sorted(Comparator.comparing(ClockState::dueAt))
                    .toList();
            return new Entry(e.code(), e.state(), e.officeId(), e.officeName(), e.procedureCode(), e.procedureName(),
                    e.procedureNameEn(), e.field(), e.fieldEn(), e.status(), e.receivedAt(), e.appointment(), e.dueAt(),
                    e.overdueWorkingMinutes(), listed, List.copyOf(responsible), new ArrayList<>(taskNames), last,
                    e.processInstanceId(), e.cockpitUrl());
        }).toList();
    }

    /**
     * The last ended task of each dossier's process instance, as the engine's history has it, its called processes'
     * included (asked by the dossier's code, the business key they share; keyed by the root instance).
     */
    private Map<String, LastAction> lastCompletedTasks(List<Entry> page) {
        String[] codes = page.stream().filter(e -> e.processInstanceId() != null).map(Entry::code).toArray(String[]::new);
        if (codes.length == 0) {
            return Map.of();
        }
        List<HistoricTaskInstance> ended = system.call(() -> history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyIn(codes).finished().list());
        Map<String, LastAction> last = new HashMap<>();
        for (HistoricTaskInstance task : ended) {
            var action = new LastAction("TASK", task.getName(), task.getAssignee(), task.getEndTime().toInstant());
            last.merge(task.getRootProcessInstanceId(), action, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        return last;
    }

    /** Finished dossiers per week: on time when finished by the appointment and no apology was needed. */
    private List<OverdueReport.Week> onTimeByWeek(List<Office> covered, Set<String> procedures, int weeks, Instant now) {
        ZoneId zone = calendars.forOffice(covered.get(0).id()).zone();
        LocalDate thisWeek = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(weeks - 1L);
        List<Instant> starts = new ArrayList<>();
        for (int w = 0; w <= weeks; w++) {
            starts.add(firstWeek.plusWeeks(w).atStartOfDay(zone).toInstant());
        }
        long[][] counts = new long[weeks][2];
        for (var week : queries.finishedByWeek(covered.stream().map(Office::id).toList(), starts, procedures)) {
            counts[week.week()][0] = week.finished();
            counts[week.week()][1] = week.onTime();
        }
        List<OverdueReport.Week> result = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            result.add(new OverdueReport.Week(firstWeek.plusWeeks(w), counts[w][0], counts[w][1],
                    counts[w][0] == 0 ? null : (double) counts[w][1] / counts[w][0]));
        }
        return result;
    }

    /** Who asks: his login, groups and offices. */
    record Viewer(String userId, Set<String> groups, Set<String> tenants) {

        static Viewer current(IdentityService identity) {
            var authentication = identity.getCurrentAuthentication();
            if (authentication == null) {
                return new Viewer(null, Set.of(), Set.of());
            }
            return new Viewer(authentication.getUserId(),
                    authentication.getGroupIds() == null ? Set.of() : Set.copyOf(authentication.getGroupIds()),
                    authentication.getTenantIds() == null ? Set.of() : Set.copyOf(authentication.getTenantIds()));
        }

        boolean supervises() {
            return groups.stream().anyMatch(SUPERVISING::contains);
        }
    }
}
