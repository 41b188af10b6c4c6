package vn.motcua.catalog;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import vn.motcua.deadline.DeadlineRule;
import vn.motcua.fee.FeeSchedule;

/**
 * An administrative procedure as the centre publishes it, read from
 * {@code processes/<folder>/procedure.yaml} beside its BPMN.
 *
 * @param code        the national procedure code
 * @param processKey  the BPMN process id that handles a dossier of this procedure
 * @param timeLimit   the statutory time limit of the whole dossier
 * @param timeLimitFrom when that limit starts counting for a dossier not handed in at the counter
 * @param fee         the statutory fees, one rule per fee line ({@link FeeSchedule#FREE} when there is none)
 * @param demo        a sample procedure of the demo province, deployed and listed only with
 *                    {@code motcua.deployment.demo-procedures} (set by the demo profile)
 * @param retention   how long the history of a finished dossier is kept (drives historyTimeToLive)
 */
public record Procedure(String code, Text name, Text field, Level level, String agencyType, DeadlineRule timeLimit,
        TimeLimitFrom timeLimitFrom, FeeSchedule fee, List<Component> components, List<Result> results, List<Detail> details, Period retention,
        String processKey, String folder, boolean demo) {

    public Procedure {
        components = List.copyOf(components);
        results = List.copyOf(results);
        details = List.copyOf(details);
    }

    /**
     * A procedure-specific field of the application (e.g. the child's name for a birth registration),
     * passed to the process as a variable of that name.
     */
    public record Detail(String key, Text label, boolean required, String pattern) {
    }

    /** A text in Vietnamese and English. */
    public record Text(String vi, String en) {
    }

    /**
     * When the dossier's time limit starts counting. A dossier handed in at the counter is checked as it is received,
     * so its limit always counts from receipt.
     */
    public enum TimeLimitFrom {
        /** From receipt (submission online or by post). */
        RECEIPT,
        /**
         * From the complete dossier: the reception officer's acceptance (e.g. the birth group, Decree 63/2024); until
         * then the dossier has no appointment and only its reception clock runs.
         */
        ACCEPTANCE
    }

    /** How much of the procedure a citizen can do online. */
    public enum Level {
        FULL_ONLINE, PARTIAL_ONLINE, OFFLINE;

        public boolean acceptsOnlineDossiers() {
            return this != OFFLINE;
        }
    }

    /** A document the applicant hands in. */
    public record Component(String code, Text name, boolean mandatory, List<String> formats, boolean reusable) {
        public Component {
            formats = List.copyOf(formats);
        }
    }

    /** A document the procedure issues. */
    public record Result(String code, Text name) {
    }

    public Optional<Component> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The retention in days, as Camunda's historyTimeToLive wants it. */
    public int retentionDays() {
        return retention.getYears() * 365 + retention.getMonths() * 30 + retention.getDays();
    }
}
