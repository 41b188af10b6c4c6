package vn.motcua.deadline.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.motcua.deadline.ClockEvent;
import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.DeadlineRule;
import vn.motcua.deadline.DeadlineSettings;
import vn.motcua.deadline.DeadlineSettings.SupplementPolicy;
import vn.motcua.deadline.ThresholdPolicy;
import vn.motcua.deadline.UnknownClock;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.ProcessDossiers;
import vn.motcua.shared.Time;

/**
 * What process models call as {@code deadlines}: start and stop statutory clocks in execution
 * listeners, and read timer instants from them, e.g.
 * {@code timeDate="${deadlines.dueAt(execution, 'STAGE_POLICE')}"}. The dossier is the process's
 * business key (a call activity must pass it on; a dossier of another office is refused), the office its tenant,
 * the time the engine clock.
 * A paused clock gives timers {@link #NEVER}; when it resumes, its timers are computed again.
 */
@Component("deadlines")
public class DeadlineExpressions {

    /** The due instant of a timer whose clock is paused: it must not fire until the clock resumes. */
    public static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));
    static final String SUPPLEMENT = "SUPPLEMENT";
    static final String STAGE = "STAGE_";
    private static final DateTimeFormatter LOCAL_SHORT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final String NEW_APPOINTMENT = "newAppointment";
    static final String PROPOSED_APPOINTMENT = "proposedAppointment";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final Clocks clocks;
    private final DeadlineSettings settings;
    private final ThresholdPolicy warning;
    private final ThresholdPolicy apologyLead;
    private final ProcessDossiers dossiers;

    DeadlineExpressions(Clocks clocks, DeadlineSettings settings, ProcessDossiers dossiers) {
        this.clocks = clocks;
        this.settings = settings;
        this.dossiers = dossiers;
        this.warning = ThresholdPolicy.parse(settings.warning(), settings.escalationRepeat());
        this.apologyLead = ThresholdPolicy.parse(settings.apologyBefore());
    }

    /** Starts the clock {@code key} of this dossier with {@code rule} (e.g. {@code WD:3}) from now. */
    public void start(DelegateExecution execution, String key, String rule) {
        clocks.start(dossierOf(execution), key, officeOf(execution), DeadlineRule.parse(rule), now());
    }

    /** Stops the clock when its stage is done; a clock already stopped stays as it is. */
    public void stop(DelegateExecution execution, String key) {
        clocks.stopUnlessStopped(dossierOf(execution), key, now());
    }

    /** Stops every clock of the dossier that still runs or waits: the dossier is finished, refused or withdrawn. */
    public void stopAll(DelegateExecution execution) {
        String dossier = dossierOf(execution);
        for (ClockView clock : clocks.ofDossier(dossier)) {
            if (clock.state() != ClockState.STOPPED) {
                clocks.stop(dossier, clock.key(), now());
            }
        }
    }

    /**
     * Adds office time to a clock, e.g. {@code ${deadlines.extend(execution, 'STAGE_POLICE', 'WD:3')}} when the
     * police mark that the residence must be verified (2 working days become 5).
     */
    public void extend(DelegateExecution execution, String key, String rule) {
        var clock = clock(execution, key);
        var calendar = clocks.calendarOf(clock);
        clocks.extendTo(clock.dossier(), key, now(), calendar.plusWorkingTime(clock.dueAt(), officeTime(rule, calendar)), rule);
    }

    /**
     * Names the stages (clocks {@code STAGE_…}) that are late or will be, latest due first, in the
     * variable {@code lateStage} for the apology form; each counts as overdue in the reports.
     */
    public void markLateStages(DelegateExecution execution) {
        String dossier = dossierOf(execution);
        Instant now = now();
        List<String> late = new ArrayList<>();
        for (ClockView clock : clocks.ofDossier(dossier)) {
            boolean running = clock.state() == ClockState.RUNNING && clock.key().startsWith(STAGE);
            if (running && !clock.dueAt().isAfter(nextOpeningDay(clock, now))) {
                late.add(stageName(clock.key()) + " (hạn " + LOCAL_SHORT.format(LocalDateTime.ofInstant(clock.dueAt(), clocks.calendarOf(clock).zone())) + ")");
                clocks.countAsOverdue(dossier, clock.key());
            }
        }
        execution.setVariable("lateStage", late.isEmpty() ? "Toàn bộ hồ sơ" : String.join(", ", late));
    }

    /** Shows the task's stage clock in its form (task-local variable {@code stageDue}). */
    public void showOnTask(DelegateTask task, String key) {
        var clock = clock(task.getExecution(), key);
        String due = clock.state() == ClockState.PAUSED ? "tạm dừng chờ bổ sung"
                : LOCAL_SHORT.format(LocalDateTime.ofInstant(clock.dueAt(), clocks.calendarOf(clock).zone()));
        task.setVariableLocal("stageDue", due);
    }

    private Instant nextOpeningDay(ClockView clock, Instant now) {
        var calendar = clocks.calendarOf(clock);
        return calendar.plusWorkingTime(now, calendar.hours().standardDay());
    }

    private static String stageName(String key) {
        return switch (key) {
            case "STAGE_RECEPTION" -> "Tiếp nhận";
            case "STAGE_CIVIL_STATUS" -> "Tư pháp - hộ tịch";
            case "STAGE_POLICE" -> "Công an - đăng ký thường trú";
            case "STAGE_INSURANCE" -> "Bảo hiểm xã hội - thẻ BHYT";
            default -> key;
        };
    }

    /**
     * Pauses every running clock of the dossier and gives the applicant the supplement time limit. A request made
     * while another is open (two agencies asking at once) joins it: the applicant is told once of everything, so
     * the one open limit counts again from this request; the timers of both waiting stages follow it.
     */
    public void pauseForSupplement(DelegateExecution execution) {
        String dossier = dossierOf(execution);
        List<ClockView> all = clocks.ofDossier(dossier);
        for (ClockView clock : all) {
            if (clock.state() == ClockState.RUNNING && !clock.key().startsWith(SUPPLEMENT)) {
                clocks.pause(dossier, clock.key(), now(), SUPPLEMENT);
            }
        }
        DeadlineRule limit = DeadlineRule.parse(settings.supplementLimit());
        var open = all.stream().filter(c -> c.key().startsWith(SUPPLEMENT) && c.state() == ClockState.RUNNING).findFirst();
        if (open.isPresent()) {
            Instant due = clocks.calendarOf(open.get()).due(now(), limit).dueAt();
            if (due.isAfter(open.get().dueAt())) {
                clocks.extendTo(dossier, open.get().key(), now(), due, "SUPPLEMENT_JOINED");
            }
            return;
        }
        long requests = all.stream().filter(c -> c.key().startsWith(SUPPLEMENT)).count();
        clocks.start(dossier, SUPPLEMENT + "-" + (requests + 1), officeOf(execution), limit, now());
    }

    /** The supplement arrived: its clock stops and the paused clocks resume or restart, as the policy says. */
    public void resumeAfterSupplement(DelegateExecution execution) {
        String dossier = dossierOf(execution);
        SupplementPolicy policy = policyOf(execution);
        for (ClockView clock : clocks.ofDossier(dossier)) {
            if (clock.key().startsWith(SUPPLEMENT) && clock.state() == ClockState.RUNNING) {
                clocks.stop(dossier, clock.key(), now());
            } else if (clock.state() == ClockState.PAUSED && policy == SupplementPolicy.RESTART) {
                clocks.restart(dossier, clock.key(), now());
            } else if (clock.state() == ClockState.PAUSED) {
                clocks.resume(dossier, clock.key(), now());
            }
        }
    }

    public Date dueAt(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        return clock.state() == ClockState.PAUSED ? NEVER : Date.from(clock.dueAt());
    }

    /** The due instant of the applicant's latest supplement time limit. */
    public Date supplementDueAt(DelegateExecution execution) {
        String dossier = dossierOf(execution);
        return clocks.ofDossier(dossier).stream().filter(c -> c.key().startsWith(SUPPLEMENT))
                .max(Comparator.comparing(ClockView::startsAt)).map(c -> Date.from(c.dueAt()))
                .orElseThrow(() -> new UnknownClock(dossier, SUPPLEMENT));
    }

    /** When the clock is near its end (the warning threshold). */
    public Date warningAt(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        if (clock.state() == ClockState.PAUSED) {
            return NEVER;
        }
        var calendar = clocks.calendarOf(clock);
        return Date.from(warning.warningAt(activeStart(clock, calendar), clock.dueAt(), calendar));
    }

    /**
     * When the leader is asked for an apology letter: {@code apology-before} ahead of the deadline,
     * but never before the warning threshold, so a short time limit does not ask at once.
     */
    public Date apologyAt(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        if (clock.state() == ClockState.PAUSED) {
            return NEVER;
        }
        var calendar = clocks.calendarOf(clock);
        Instant start = activeStart(clock, calendar);
        Instant lead = apologyLead.warningAt(start, clock.dueAt(), calendar);
        Instant near = warning.warningAt(start, clock.dueAt(), calendar);
        return Date.from(lead.isAfter(near) ? lead : near);
    }

    /**
     * The next repeated escalation of a passed deadline: the first instant after now that lies a
     * whole number of {@code escalation-repeat} periods of office time after the due instant.
     */
    public Date nextEscalationAt(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        if (clock.state() == ClockState.PAUSED) {
            return NEVER;
        }
        var calendar = clocks.calendarOf(clock);
        Instant now = now();
        for (int n = 1;; n++) {
            Instant next = warning.escalationAt(clock.dueAt(), n, calendar);
            if (next.isAfter(now)) {
                return Date.from(next);
            }
        }
    }

    /**
     * Puts the calendar's proposal for a new appointment (the old one plus {@code apology-extension}
     * of office time) into the variables {@value #PROPOSED_APPOINTMENT} and {@value #NEW_APPOINTMENT}
     * for the apology letter form: the first as the slip writes a time, the second (the picker's value) as an
     * office-local ISO date-time.
     */
    public void proposeNewAppointment(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        var calendar = clocks.calendarOf(clock);
        Instant proposal = calendar.plusWorkingTime(clock.dueAt(), officeTime(settings.apologyExtension(), calendar));
        LocalDateTime local = LocalDateTime.ofInstant(proposal, calendar.zone());
        execution.setVariable(PROPOSED_APPOINTMENT, LOCAL_SHORT.format(local)); // shown, as the slip writes it
        execution.setVariable(NEW_APPOINTMENT, LOCAL.format(local)); // the date-time picker's value
    }

    /**
     * The leader issued the apology letter: the clock is extended to the new appointment
     * ({@value #NEW_APPOINTMENT}, office-local) and the dossier counts as overdue for good.
     */
    public void issueApology(DelegateExecution execution, String key) {
        var clock = clock(execution, key);
        var calendar = clocks.calendarOf(clock);
        String chosen = String.valueOf(execution.getVariable(NEW_APPOINTMENT));
        Instant newDue = LocalDateTime.parse(chosen).atZone(calendar.zone()).toInstant();
        clocks.extendTo(clock.dossier(), key, now(), newDue, "APOLOGY");
        clocks.countAsOverdue(clock.dossier(), key);
    }

    /**
     * The start the clock would have had without its pauses: thresholds are shares of the time the
     * clock actually runs, so a pause moves them by exactly the paused office time.
     */
    private static Instant activeStart(ClockView clock, WorkingCalendar calendar) {
        Duration paused = Duration.ZERO;
        Instant pausedAt = null;
        for (ClockEvent event : clock.events()) {
            switch (event.type()) {
                case PAUSED -> pausedAt = event.at();
                case RESUMED -> {
                    paused = paused.plus(calendar.workingTimeBetween(pausedAt, event.at()));
                    pausedAt = null;
                }
                case RESTARTED -> {
                    paused = Duration.ZERO;
                    pausedAt = null;
                }
                default -> {
                }
            }
        }
        Duration running = calendar.workingTimeBetween(clock.startsAt(), clock.dueAt()).minus(paused);
        return calendar.minusWorkingTime(clock.dueAt(), running);
    }

    private static Duration officeTime(String rule, WorkingCalendar calendar) {
        DeadlineRule parsed = DeadlineRule.parse(rule);
        return parsed.unit() == DeadlineRule.Unit.WORKING_HOURS ? Duration.ofHours(parsed.amount())
                : calendar.hours().standardDay().multipliedBy(parsed.amount());
    }

    private SupplementPolicy policyOf(DelegateExecution execution) {
        Object policy = execution.getVariable("supplementPolicy");
        return policy == null ? settings.supplementPolicy() : SupplementPolicy.valueOf(policy.toString());
    }

    private ClockView clock(DelegateExecution execution, String key) {
        String dossier = dossierOf(execution);
        return clocks.find(dossier, key).orElseThrow(() -> new UnknownClock(dossier, key));
    }

    private String dossierOf(DelegateExecution execution) {
        String businessKey = dossiers.codeOf(execution);
        return businessKey != null ? businessKey : execution.getProcessInstanceId();
    }

    private static String officeOf(DelegateExecution execution) {
        if (execution.getTenantId() == null) {
            throw new IllegalStateException("process instance " + execution.getProcessInstanceId() + " belongs to no office");
        }
        return execution.getTenantId();
    }

    private static Instant now() {
        return Time.now();
    }
}
