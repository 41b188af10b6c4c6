package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.deadline.ClockChanged;
import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Conflict;
import vn.motcua.shared.NotFound;
import vn.motcua.shared.SystemEngineAccess;
import vn.motcua.shared.Time;

/**
 * The dossiers of the centre: registered with a gap-free code and an appointment from the working
 * calendar, timed by a dossier clock, handled by their procedure's process (business key = code),
 * and ended by the process, by the applicant's withdrawal or by an officer's rejection.
 */
@Service("dossierService") // "dossiers" is the name process models use for DossierExpressions
@Transactional
public class Dossiers {

    /** The clock of the whole dossier, as the deadline module and the models call it. */
    public static final String DOSSIER_CLOCK = "DOSSIER";

    /** The clock of the reception check, as the models call it: the only one of a dossier awaiting reception. */
    public static final String RECEPTION_CLOCK = "STAGE_RECEPTION";

    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final DossierStore store;
    private final DossierSerials serials;
    private final Offices offices;
    private final WorkingCalendars calendars;
    private final Clocks clocks;
    private final ProcedureCatalog catalog;
    private final RuntimeService runtime;
    private final SystemEngineAccess system;
    private final ApplicationEventPublisher events;

    Dossiers(DossierStore store, DossierSerials serials, Offices offices, WorkingCalendars calendars, Clocks clocks,
            ProcedureCatalog catalog, RuntimeService runtime, SystemEngineAccess system, ApplicationEventPublisher events) {
        this.store = store;
        this.serials = serials;
        this.offices = offices;
        this.calendars = calendars;
        this.clocks = clocks;
        this.catalog = catalog;
        this.runtime = runtime;
        this.system = system;
        this.events = events;
    }

    /** Registers a dossier received online or by post and starts its procedure's process. */
    public Dossier receive(Registration registration) {
        Dossier dossier = register(registration);
        var procedure = registration.procedure();
        Map<String, Object> variables = new HashMap<>(dossier.details());
        variables.putAll(Map.of("officeId", dossier.officeId(), "dossierCode", dossier.code(), "procedureCode", procedure.code(),
                "channel", dossier.channel().name(), "applicantName", dossier.applicant().name(),
                "idNumber", dossier.applicant().idNumber().value()));
        putIfPresent(variables, "applicantPhone", dossier.applicant().phone());
        putIfPresent(variables, "applicantAddress", dossier.applicant().address());
        String instance = system.call(() -> runtime.createProcessInstanceByKey(procedure.processKey())
                .businessKey(dossier.code()).setVariables(variables).execute().getId());
        store.attachProcess(dossier.code(), instance);
        // read again: the process's first steps may have moved the dossier on (e.g. to AWAITING_FEE)
        return get(dossier.code());
    }

    private static void putIfPresent(Map<String, Object> variables, String name, String value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    /** Registers the dossier of a process a clerk started at the counter, which already runs. */
    public Dossier receiveForProcess(Registration registration, String processInstanceId) {
        Dossier dossier = register(registration);
        store.attachProcess(dossier.code(), processInstanceId);
        return withProcess(dossier, processInstanceId);
    }

    /** Stores the new dossier and returns it as stored, without reading it back. */
    private Dossier register(Registration r) {
        var office = offices.get(r.officeId());
        var calendar = calendars.forOffice(office.id());
        // the database keeps microseconds: the dossier returned is the one a later read finds
        Instant receivedAt = r.receivedAt().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
        String code = DossierCode.of(office.code(), day, serials.next(office.id(), day)).value();
        // a procedure counted from the complete dossier starts its clock at acceptance, unless the counter checked it
        boolean awaitsReception = r.procedure().timeLimitFrom() == Procedure.TimeLimitFrom.ACCEPTANCE && r.channel() != Channel.COUNTER;
        DossierStatus status = awaitsReception ? DossierStatus.AWAITING_RECEPTION : DossierStatus.RECEIVED;
        Instant dueAt = awaitsReception ? null
                : clocks.start(code, DOSSIER_CLOCK, office.id(), r.procedure().timeLimit(), receivedAt).dueAt();
        store.insert(new DossierStore.Row(code, office.id(), r.procedure().code(), r.channel(), status,
                r.applicant(), r.details(), receivedAt, dueAt, null, r.receivedBy(), null, r.idempotencyKey(), r.requestHash()));
        String handedInBy = r.receivedBy() == null ? OnlineIntake.ONLINE_SCANNER : r.receivedBy();
        List<Dossier.ComponentVersion> versions = new ArrayList<>();
        for (Dossier.ComponentDocument component : r.components()) {
            versions.add(store.addComponent(code, component, handedInBy, receivedAt));
        }
        versions.sort(Comparator.comparing(Dossier.ComponentVersion::componentCode).thenComparing(Dossier.ComponentVersion::version));
        var received = new Dossier.Event(status, receivedAt, actor(r.receivedBy()), null, true);
        store.appendEvent(code, received);
        events.publishEvent(new DossierReceived(code, office.id(), r.procedure().code(), r.channel(), receivedAt, dueAt,
                !r.components().isEmpty(), r.components().stream().anyMatch(Dossier.ComponentDocument::reused)));
        return new Dossier(code, office.id(), r.procedure().code(), r.channel(), status, r.applicant(), r.details(),
                receivedAt, dueAt, null, r.receivedBy(), null, List.of(received), DossierStore.current(versions), List.of(),
                versions);
    }

    private static Dossier withProcess(Dossier d, String processInstanceId) {
        return new Dossier(d.code(), d.officeId(), d.procedureCode(), d.channel(), d.status(), d.applicant(), d.details(),
                d.receivedAt(), d.dueAt(), d.finishedAt(), d.receivedBy(), processInstanceId, d.history(), d.components(), d.results(),
                d.componentVersions());
    }

    /** The applicant of the dossier (who is told about it), or {@link NotFound}: one read, without the histories. */
    @Transactional(readOnly = true)
    public Applicant applicantOf(String code) {
        return store.find(code, false).map(DossierStore.Row::applicant)
                .orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> find(String code) {
        return store.find(code, false).map(this::assemble);
    }

    /** The dossier, or {@link NotFound}. */
    @Transactional(readOnly = true)
    public Dossier get(String code) {
        return find(code).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
    }

    /**
     * The dossier for its applicant: a wrong personal id number gets the same answer as an unknown code,
     * so the lookup tells nobody else whether a code exists.
     */
    @Transactional(readOnly = true)
    public Dossier lookup(String code, String idNumber) {
        return store.find(code, false).filter(row -> row.applicant().idNumber().value().equals(idNumber))
                .map(this::assemble)
                .orElseThrow(() -> new NotFound("no dossier with code '" + code + "' for that personal id number"));
    }

    /**
     * Another live dossier of the same procedure for the same birth: same mother, same date of birth,
     * same child's name (ignoring case, accents and spacing).
     */
    @Transactional(readOnly = true)
    public Optional<String> sameBirth(String code, String motherIdNumber, String birthDate, String childName) {
        return BirthKey.of(motherIdNumber, birthDate, childName).flatMap(key -> store.sameProcedureAndBirth(code, key));
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> findByIdempotencyKey(String key) {
        return store.findByIdempotencyKey(key).map(this::assemble);
    }

    /** The digest of the online submission that created the dossier (idempotency). */
    @Transactional(readOnly = true)
    String requestHashOf(String code) {
        return store.find(code, false).map(DossierStore.Row::requestHash).orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> findByProcessInstance(String processInstanceId) {
        return store.findByProcessInstance(processInstanceId).map(this::assemble);
    }

    /** Records a change of status made by the process or an officer; the public history shows it. */
    public void changeStatus(String code, DossierStatus status, String actor, String reason) {
        var row = store.find(code, true).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
        if (row.status().isFinal()) {
            throw new Conflict("dossier " + code + " is " + row.status() + " already");
        }
        Instant now = Time.now();
        store.changeStatus(code, status, now);
        store.appendEvent(code, new Dossier.Event(status, now, actor(actor), reason, true));
        if (status.isFinal()) {
            stopClocks(code, now);
        }
        events.publishEvent(new DossierStatusChanged(code, status, now));
    }

    /**
     * The reception officer accepts the dossier as complete. A dossier that awaited reception gets its appointment
     * now: the dossier clock starts with the procedure's time limit (its cut-off included), and the dossier is
     * received ("Đã tiếp nhận", with the appointment in its public history). A dossier whose clock already runs
     * (received at the counter, or a procedure counted from receipt) is left as it is.
     *
     * @return the appointment
     */
    public Instant accept(String code, String actor) {
        var row = store.find(code, true).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
        var running = clocks.find(code, DOSSIER_CLOCK);
        if (running.isPresent()) {
            return running.get().dueAt();
        }
        var clock = clocks.start(code, DOSSIER_CLOCK, row.officeId(), catalog.get(row.procedureCode()).timeLimit(), Time.now());
        String appointment = APPOINTMENT.format(clock.dueAt().atZone(calendars.forOffice(row.officeId()).zone()));
        changeStatus(code, DossierStatus.RECEIVED, actor, "Hồ sơ đầy đủ; hẹn trả kết quả " + appointment);
        return clock.dueAt();
    }

    /**
     * An officer asks for a supplement (form 02). A dossier already waiting for one gets a single open request
     * listing what each asked for, so the applicant is told once, in full, and one upload answers everything.
     */
    public void requestSupplement(String code, String actor, String items) {
        var row = store.find(code, true).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
        String reason = items;
        if (row.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            var history = store.children(code).history();
            String open = history.isEmpty() ? null : history.get(history.size() - 1).reason();
            reason = open == null ? items : items == null || open.contains(items) ? open : open + "\n" + items;
        }
        changeStatus(code, DossierStatus.SUPPLEMENT_REQUESTED, actor, reason);
    }

    /**
     * The applicant supplemented the dossier: it goes back to where it stood before the open request (in process,
     * or still awaiting reception). Every stage that waited is told in the same transaction; the first moves the
     * dossier on, the others find nothing left to do.
     */
    public void supplemented(String code, String actor) {
        var row = store.find(code, true).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
        if (row.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            return;
        }
        var history = store.children(code).history();
        DossierStatus before = DossierStatus.IN_PROCESS;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() != DossierStatus.SUPPLEMENT_REQUESTED) {
                before = history.get(i).status();
                break;
            }
        }
        changeStatus(code, before, actor, null);
    }

    /** The applicant withdraws the dossier: its clocks stop and its process ends, at any stage. */
    public Dossier withdraw(String code, String idNumber, String reason) {
        lookup(code, idNumber);
        return end(code, DossierStatus.WITHDRAWN, idNumber, reason);
    }

    /** An officer refuses the dossier with a reason: its clocks stop and its process ends, at any stage. */
    public Dossier reject(String code, String officer, String reason) {
        return end(code, DossierStatus.REJECTED, officer, reason);
    }

    private Dossier end(String code, DossierStatus status, String actor, String reason) {
        changeStatus(code, status, actor, reason);
        Dossier dossier = get(code);
        if (dossier.processInstanceId() != null) {
            system.run(() -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(dossier.processInstanceId()).count() > 0) {
                    runtime.deleteProcessInstance(dossier.processInstanceId(), status + ": " + reason);
                }
            });
        }
        return dossier;
    }

    /**
     * Hands in a document for a component of the dossier: it becomes the component's current document, and the one it
     * replaces (a re-scan, a supplement) stays in the component's history. Versions handed in at the same moment are
     * kept one after the other (the dossier's row is locked), so the last to commit is the current one.
     *
     * @param handedInBy the clerk's user id, or {@code online} for the applicant on the portal
     */
    public void addComponent(String code, Dossier.ComponentDocument component, String handedInBy) {
        store.find(code, true).orElseThrow(() -> new NotFound("no dossier with code '" + code + "'"));
        store.addComponent(code, component, handedInBy, Time.now().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(new DossierDocumentAdded(code, DossierDocumentAdded.Kind.COMPONENT, component.reused()));
    }

    /** Attaches an issued result to the dossier, which the caller has just read (no second look-up). */
    public void addResult(String code, Dossier.ResultDocument result) {
        store.addResult(code, result);
        events.publishEvent(new DossierDocumentAdded(code, DossierDocumentAdded.Kind.RESULT, false));
    }

    /** The current appointment: the dossier clock's due instant, which supplements and apologies move. */
    @EventListener
    void followTheDossierClock(ClockChanged change) {
        // a stop never moves the due instant, and a paused clock keeps the one it had
        if (DOSSIER_CLOCK.equals(change.clockKey()) && change.state() == ClockState.RUNNING) {
            store.moveAppointment(change.dossier(), change.dueAt());
        }
    }

    private void stopClocks(String code, Instant at) {
        clocks.ofDossier(code).stream().filter(c -> c.state() != ClockState.STOPPED)
                .forEach(c -> clocks.stop(code, c.key(), at));
    }

    private Dossier assemble(DossierStore.Row row) {
        var children = store.children(row.code());
        return new Dossier(row.code(), row.officeId(), row.procedureCode(), row.channel(), row.status(), row.applicant(),
                row.details(), row.receivedAt(), row.dueAt(), row.finishedAt(), row.receivedBy(), row.processInstanceId(),
                children.history(), children.components(), children.results(), children.componentVersions());
    }

    private static String actor(String actor) {
        return actor == null ? "citizen" : actor;
    }

    /** The procedure of the dossier, as catalogued. */
    @Transactional(readOnly = true)
    public Procedure procedureOf(Dossier dossier) {
        return catalog.get(dossier.procedureCode());
    }
}
