package vn.motcua.deadline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When to warn before a due date and how often to escalate after it, in office time (the goal / deadline /
 * passed-deadline pattern of case-management tools). The warning comes either when a share of the allowed
 * office time is used ({@code 75%}) or a fixed office time before the due ({@code WD:1}, {@code WH:4});
 * escalations repeat every {@code WD:n} or {@code WH:n} after the due. Default: 75%, every working day.
 */
public final class ThresholdPolicy {

    private static final int BASIS_POINTS = 10_000;
    private static final Pattern PERCENTAGE = Pattern.compile("([0-9]{1,3})(?:\\.([0-9]{1,2}))?%");

    private final int warningBasisPoints;     // > 0 when the warning is a share of the allowed time
    private final DeadlineRule warningBefore; // non-null when the warning is a fixed office time before due
    private final DeadlineRule escalationRepeat;

    private ThresholdPolicy(int warningBasisPoints, DeadlineRule warningBefore, DeadlineRule escalationRepeat) {
        this.warningBasisPoints = warningBasisPoints;
        this.warningBefore = warningBefore;
        this.escalationRepeat = escalationRepeat;
    }

    /** Warn at 75% of the allowed office time; escalate every working day after the due. */
    public static ThresholdPolicy defaults() {
        return parse("75%", "WD:1");
    }

    /** A warning setting ({@code 75%}, {@code WD:1}, {@code WH:4}) with escalations every working day. */
    public static ThresholdPolicy parse(String warning) {
        return parse(warning, "WD:1");
    }

    /**
     * @param warning          {@code p%} (more than 0, less than 100, up to two decimals) or {@code WD:n}/{@code WH:n}
     * @param escalationRepeat {@code WD:n} or {@code WH:n}
     * @throws InvalidThresholdPolicy naming what is wrong
     */
    public static ThresholdPolicy parse(String warning, String escalationRepeat) {
        Objects.requireNonNull(warning, "warning");
        String text = warning.strip();
        DeadlineRule repeat = officeTime(escalationRepeat);
        if (text.endsWith("%")) {
            return new ThresholdPolicy(basisPoints(text), null, repeat);
        }
        return new ThresholdPolicy(0, officeTime(text), repeat);
    }

    private static int basisPoints(String text) {
        Matcher m = PERCENTAGE.matcher(text);
        if (!m.matches()) {
            throw new InvalidThresholdPolicy(text, "a share is written like 75% or 87.5%");
        }
        String decimals = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        int basisPoints = Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(decimals);
        if (basisPoints <= 0 || basisPoints >= BASIS_POINTS) {
            throw new InvalidThresholdPolicy(text, "a share must be above 0% and below 100%");
        }
        return basisPoints;
    }

    private static DeadlineRule officeTime(String text) {
        Objects.requireNonNull(text, "office time");
        DeadlineRule rule;
        try {
            rule = DeadlineRule.parse(text);
        } catch (InvalidDeadlineRule e) {
            throw new InvalidThresholdPolicy(text, "an office time is written WD:n or WH:n, a share p%");
        }
        if (rule.unit() == DeadlineRule.Unit.SAME_DAY || rule.cutoff().isPresent()) {
            throw new InvalidThresholdPolicy(text, "an office time is WD:n or WH:n without a cut-off");
        }
        return rule;
    }

    /**
     * When to warn for a limit counted from {@code startsAt} to {@code dueAt}; never before {@code startsAt}
     * (a fixed warning longer than the allowed time warns at once).
     */
    public Instant warningAt(Instant startsAt, Instant dueAt, WorkingCalendar cal) {
        Duration allowed = cal.workingTimeBetween(startsAt, dueAt);
        if (warningBefore == null) {
            long nanos = allowed.toNanos();
            // Split to stay exact without overflowing: nanos * 10 000 would not fit in a long for long limits.
            long used = nanos / BASIS_POINTS * warningBasisPoints
                    + nanos % BASIS_POINTS * warningBasisPoints / BASIS_POINTS;
            return cal.plusWorkingTime(startsAt, Duration.ofNanos(used));
        }
        Duration before = warningBefore.officeTime(cal.hours());
        if (before.compareTo(allowed) >= 0) {
            return startsAt;
        }
        return cal.minusWorkingTime(dueAt, before);
    }

    /** The {@code n}-th escalation (n ≥ 1) after the due: due plus n repeat intervals of office time. */
    public Instant escalationAt(Instant dueAt, int n, WorkingCalendar cal) {
        if (n < 1) {
            throw new IllegalArgumentException("escalations are counted from 1, not " + n);
        }
        return cal.plusWorkingTime(dueAt, escalationRepeat.officeTime(cal.hours()).multipliedBy(n));
    }

    /** Warning, due and first escalation of one due date. */
    public Thresholds thresholds(Due due, WorkingCalendar cal) {
        return new Thresholds(warningAt(due.startsAt(), due.dueAt(), cal), due.dueAt(),
                escalationAt(due.dueAt(), 1, cal));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdPolicy other
                && warningBasisPoints == other.warningBasisPoints
                && Objects.equals(warningBefore, other.warningBefore)
                && escalationRepeat.equals(other.escalationRepeat);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warningBasisPoints, warningBefore, escalationRepeat);
    }

    /** E.g. {@code warning=75%, escalation every WD:1}. */
    @Override
    public String toString() {
        return "warning=" + warningText() + ", escalation every " + escalationRepeat;
    }

    /** The warning setting as {@link #parse} reads it: {@code 75%}, {@code 87.5%}, {@code WD:1}. */
    public String warningText() {
        if (warningBefore != null) {
            return warningBefore.toString();
        }
        // Basis points as a percentage without trailing zeros: 7500 → 75%, 8750 → 87.5%, 1225 → 12.25%.
        return BigDecimal.valueOf(warningBasisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** The escalation repeat as {@link #parse} reads it. */
    public String escalationRepeatText() {
        return escalationRepeat.toString();
    }
}
