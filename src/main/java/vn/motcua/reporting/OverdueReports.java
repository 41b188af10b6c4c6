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

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.identity.Office;
import vn.motcua.identity.Offices;
import vn.motcua.identity.StaffRole;
import vn.motcua.reporting.OverdueQueries.CandidateRow;
import vn.motcua.reporting.OverdueReport.ClockState;
import vn.motcua.reporting.OverdueReport.Entry;
import vn.motcua.reporting.OverdueReport.Group;
import vn.motcua.reporting.OverdueReport.LastAction;
import vn.motcua.reporting.OverdueReport.Responsible;
import vn.motcua.shared.StartupCheckFailed;
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
    private final String cockpitBase;

    OverdueReports(OverdueQueries queries, OverdueSettings settings, WorkingCalendars calendars, ProcedureCatalog catalog,
            Offices offices, IdentityService identity,
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
        this.cockpitBase = webappPath + "/app/cockpit/default/#/process-instance/";
    }

    private static OverdueWindow window(OverdueSettings settings) {
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
            return new OverdueReport(now, window.toString(), officeRefs, new OverdueReport.Counts(0, 0), List.of(), List.of(),
                    List.of(), List.of(), List.of(), 0, request.offset(), request.limit(), List.of(), List.of());
        }
        Map<String, Office> officeById = covered.stream().collect(Collectors.toMap(Office::id, o -> o));
        Map<String, Instant> soonUntil = new HashMap<>();
        covered.forEach(o -> soonUntil.put(o.id(), window.limit(calendars.forOffice(o.id()), now)));
        Instant widest = soonUntil.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        Set<String> procedures = request.procedureCodes(catalog);

        Map<String, List<CandidateRow>> byDossier = queries.candidates(officeById.keySet(), widest, request.stage(), procedures)
                .stream().collect(Collectors.groupingBy(CandidateRow::dossier, HashMap::new, Collectors.toList()));

        List<Entry> entries = new ArrayList<>(byDossier.size());
        byDossier.forEach((code, rows) -> entry(code, rows, request, viewer, now, soonUntil, officeById).ifPresent(entries::add));
        entries.sort(order(request));

        List<Entry> page = entries.stream().skip(request.offset()).limit(request.limit()).toList();
        return new OverdueReport(now, window.toString(), officeRefs, counts(entries),
                grouped(entries, e -> List.of(e.officeId()), key -> new String[] {officeById.get(key).name(), null}, null),
                grouped(entries, e -> List.of(e.procedureCode()), this::procedureLabels, null),
                grouped(entries, e -> List.of(e.field() == null ? "" : e.field()), this::fieldLabels, null),
                byStage(entries),
                byResponsible(entries),
                entries.size(), request.offset(), request.limit(), withLastActions(page),
                onTimeByWeek(covered, procedures, request.weeks(), now));
    }

    private Optional<Entry> entry(String code, List<CandidateRow> rows, OverdueRequest request, Viewer viewer,
            Instant now, Map<String, Instant> soonUntil, Map<String, Office> officeById) {
        CandidateRow first = rows.get(0);
        Instant until = soonUntil.get(first.officeId());
        Map<String, ClockState> byKey = new HashMap<>();
        Map<String, TaskRow> tasksByIdAndGroup = new LinkedHashMap<>();
        for (CandidateRow row : rows) {
            byKey.computeIfAbsent(row.key(), k -> listed(row, now, until));
            if (row.taskId() != null) {
                tasksByIdAndGroup.putIfAbsent(row.taskId() + "/" + row.candidateGroup(),
                        new TaskRow(row.taskName(), row.assignee(), row.candidateGroup()));
            }
        }
        List<ClockState> listed = byKey.values().stream().filter(c -> c != null).sorted(Comparator.comparing(ClockState::dueAt)).toList();
        var tasks = tasksByIdAndGroup.values();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        OverdueState state = listed.stream().anyMatch(c -> c.state() == OverdueState.OVERDUE) ? OverdueState.OVERDUE
                : OverdueState.DUE_SOON;
        if (request.state() != null && request.state() != state) {
            return Optional.empty();
        }
        if (!viewer.supervises() && tasks.stream().noneMatch(viewer::holds)) {
            return Optional.empty();
        }
        if (request.group() != null && tasks.stream().noneMatch(t -> t.assignee() == null && request.group().equals(t.candidateGroup()))) {
            return Optional.empty();
        }
        if (request.assignee() != null && tasks.stream().noneMatch(t -> request.assignee().equals(t.assignee()))) {
            return Optional.empty();
        }
        WorkingCalendar calendar = calendars.forOffice(first.officeId());
        long overdueMinutes = listed.stream().filter(c -> c.state() == OverdueState.OVERDUE)
                .mapToLong(c -> calendar.workingTimeBetween(c.dueAt(), now).toMinutes()).max().orElse(0);
        Optional<Procedure> procedure = catalog.find(first.procedureCode());
        Set<Responsible> responsible = new LinkedHashSet<>();
        Set<String> taskNames = new LinkedHashSet<>();
        for (TaskRow task : tasks) {
            taskNames.add(task.name());
            if (task.assignee() != null) {
                responsible.add(new Responsible("USER", task.assignee()));
            } else if (task.candidateGroup() != null) {
                responsible.add(new Responsible("GROUP", task.candidateGroup()));
            }
        }
        return Optional.of(new Entry(code, state, first.officeId(), officeById.get(first.officeId()).name(), first.procedureCode(),
                procedure.map(p -> p.name().vi()).orElse(first.procedureCode()), procedure.map(p -> p.name().en()).orElse(null),
                procedure.map(p -> p.field().vi()).orElse(null), procedure.map(p -> p.field().en()).orElse(null), first.status(),
                first.receivedAt(), first.appointment(), listed.get(0).dueAt(), overdueMinutes, listed, List.copyOf(responsible),
                List.copyOf(taskNames), null, first.processInstanceId(),
                first.processInstanceId() == null ? null : cockpitBase + first.processInstanceId()));
    }

    private static ClockState listed(CandidateRow row, Instant now, Instant soonUntil) {
        if (row.countedOverdue() || !row.dueAt().isAfter(now)) {
            return new ClockState(row.key(), row.dueAt(), OverdueState.OVERDUE, row.countedOverdue());
        }
        if (row.dueAt().isBefore(soonUntil)) {
            return new ClockState(row.key(), row.dueAt(), OverdueState.DUE_SOON, false);
        }
        return null;
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

    private static OverdueReport.Counts counts(List<Entry> entries) {
        long overdue = entries.stream().filter(e -> e.state() == OverdueState.OVERDUE).count();
        return new OverdueReport.Counts(overdue, entries.size() - overdue);
    }

    /** Counts per key; an entry with several keys (two late stages, two groups) counts once under each. */
    private static List<Group> grouped(List<Entry> entries, Function<Entry, List<String>> keys,
            Function<String, String[]> labels, String type) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Entry entry : entries) {
            for (String key : new LinkedHashSet<>(keys.apply(entry))) {
                counts.computeIfAbsent(key, k -> new long[2])[entry.state() == OverdueState.OVERDUE ? 0 : 1]++;
            }
        }
        return counts.entrySet().stream().map(c -> {
            String[] label = labels.apply(c.getKey());
            return new Group(c.getKey(), type, label[0], label[1], c.getValue()[0], c.getValue()[1]);
        }).sorted(Comparator.comparingLong((Group g) -> g.overdue() + g.dueSoon()).reversed()).toList();
    }

    /** Per clock key, by the state of that clock (the dossier may be overdue on its appointment, due soon at a stage). */
    private static List<Group> byStage(List<Entry> entries) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Entry entry : entries) {
            for (ClockState clock : entry.clocks()) {
                counts.computeIfAbsent(clock.key(), k -> new long[2])[clock.state() == OverdueState.OVERDUE ? 0 : 1]++;
            }
        }
        return counts.entrySet().stream().map(c -> new Group(c.getKey(), null, null, null, c.getValue()[0], c.getValue()[1]))
                .sorted(Comparator.comparingLong((Group g) -> g.overdue() + g.dueSoon()).reversed()).toList();
    }

    private static List<Group> byResponsible(List<Entry> entries) {
        List<Group> groups = new ArrayList<>();
        for (String type : List.of("GROUP", "USER")) {
            groups.addAll(grouped(entries.stream().filter(e -> e.responsible().stream().anyMatch(r -> r.type().equals(type))).toList(),
                    e -> e.responsible().stream().filter(r -> r.type().equals(type)).map(Responsible::id).toList(),
                    key -> new String[] {type.equals("GROUP") ? roleLabel(key) : key, null}, type));
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

    private String[] procedureLabels(String code) {
        return catalog.find(code).map(p -> new String[] {p.name().vi(), p.name().en()}).orElse(new String[] {code, null});
    }

    private String[] fieldLabels(String vi) {
        return catalog.all().stream().map(Procedure::field).filter(f -> f.vi().equals(vi)).findFirst()
                .map(f -> new String[] {f.vi(), f.en()}).orElse(new String[] {vi.isEmpty() ? null : vi, null});
    }

    private List<Entry> withLastActions(List<Entry> page) {
        var changes = queries.lastStatusChanges(page.stream().map(Entry::code).toList()).stream()
                .collect(Collectors.toMap(OverdueQueries.StatusChange::dossier, c -> c, (a, b) -> a));
        var completed = queries.completedTasks(page.stream().map(Entry::processInstanceId).filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(OverdueQueries.CompletedTask::processInstanceId, t -> t,
                        (a, b) -> a.at().isAfter(b.at()) ? a : b));
        return page.stream().map(e -> {
            var change = changes.get(e.code());
            var task = e.processInstanceId() == null ? null : completed.get(e.processInstanceId());
            LastAction last = null;
            if (task != null && (change == null || task.at().isAfter(change.at()))) {
                last = new LastAction("TASK", task.name(), task.assignee(), task.at());
            } else if (change != null) {
                last = new LastAction("STATUS", change.status(), change.actor(), change.at());
            }
            return new Entry(e.code(), e.state(), e.officeId(), e.officeName(), e.procedureCode(), e.procedureName(),
                    e.procedureNameEn(), e.field(), e.fieldEn(), e.status(), e.receivedAt(), e.appointment(), e.dueAt(),
                    e.overdueWorkingMinutes(), e.clocks(), e.responsible(), e.openTasks(), last, e.processInstanceId(), e.cockpitUrl());
        }).toList();
    }

    /** Finished dossiers per week: on time when finished by the appointment and no apology was needed. */
    private List<OverdueReport.Week> onTimeByWeek(List<Office> covered, Set<String> procedures, int weeks, Instant now) {
        ZoneId zone = calendars.forOffice(covered.get(0).id()).zone();
        LocalDate thisWeek = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(weeks - 1L);
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (int w = 0; w < weeks; w++) {
            counts.put(firstWeek.plusWeeks(w), new long[2]);
        }
        var finished = queries.finishedSince(covered.stream().map(Office::id).toList(), firstWeek.atStartOfDay(zone).toInstant(),
                procedures);
        for (var dossier : finished) {
            LocalDate week = dossier.finishedAt().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] count = counts.get(week);
            if (count != null) {
                count[0]++;
                if (!dossier.countedOverdue() && !dossier.finishedAt().isAfter(dossier.dueAt())) {
                    count[1]++;
                }
            }
        }
        return counts.entrySet().stream().map(c -> new OverdueReport.Week(c.getKey(), c.getValue()[0], c.getValue()[1],
                c.getValue()[0] == 0 ? null : (double) c.getValue()[1] / c.getValue()[0])).toList();
    }

    /** An open task of a dossier with one of its candidate groups. */
    private record TaskRow(String name, String assignee, String candidateGroup) {
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

        /** The task is in his queue: assigned to him, or unassigned and offered to one of his groups. */
        boolean holds(TaskRow task) {
            return task.assignee() != null ? task.assignee().equals(userId)
                    : task.candidateGroup() != null && groups.contains(task.candidateGroup());
        }
    }
}
