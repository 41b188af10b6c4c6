package vn.motcua.deadline;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statutory time limit in the grammar shared by procedure descriptors and the API:
 * {@code WD:n} (n working days), {@code WH:n} (n working hours) or {@code SAME_DAY}, each optionally
 * followed by {@code ,cutoff=HH:mm} (a dossier received after that time counts from the next working day).
 * n is a whole number from 1 to 365. {@link #toString()} gives back the grammar, so a rule survives a
 * round trip through a database column or a YAML descriptor.
 */
public final class DeadlineRule {

    /** What the amount counts. */
    public enum Unit { WORKING_DAYS, WORKING_HOURS, SAME_DAY }

    static final int MAX_AMOUNT = 365;

    // Leading zeros are refused so that the text a user wrote is the text toString() gives back.
    private static final Pattern AMOUNT = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern CUTOFF = Pattern.compile("cutoff=([0-9]{2}):([0-9]{2})");

    private final Unit unit;
    private final int amount;
    private final LocalTime cutoff;

    private DeadlineRule(Unit unit, int amount, LocalTime cutoff) {
        this.unit = unit;
        this.amount = amount;
        this.cutoff = cutoff;
    }

    /** {@code WD:n}. */
    public static DeadlineRule workingDays(int n) {
        return new DeadlineRule(Unit.WORKING_DAYS, checkedAmount("WD:" + n, n), null);
    }

    /** {@code WH:n}. */
    public static DeadlineRule workingHours(int n) {
        return new DeadlineRule(Unit.WORKING_HOURS, checkedAmount("WH:" + n, n), null);
    }

    /** {@code SAME_DAY}: due at the closing time of the day counting starts. */
    public static DeadlineRule sameDay() {
        return new DeadlineRule(Unit.SAME_DAY, 0, null);
    }

    /**
     * Reads a rule such as {@code WD:2}, {@code WH:8} or {@code SAME_DAY,cutoff=15:00}.
     * Surrounding blanks are ignored; anything else that differs from the grammar is refused.
     *
     * @throws InvalidDeadlineRule naming what is wrong
     */
    public static DeadlineRule parse(String text) {
        if (text == null) {
            throw new InvalidDeadlineRule("null", "a rule is required");
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length > 2) {
            throw new InvalidDeadlineRule(text, "only one option, cutoff=HH:mm, may follow the limit");
        }
        DeadlineRule rule = parseLimit(text, parts[0]);
        return parts.length == 2 ? rule.withCutoff(parseCutoff(text, parts[1])) : rule;
    }

    private static DeadlineRule parseLimit(String text, String limit) {
        if (limit.equals("SAME_DAY")) {
            return sameDay();
        }
        int colon = limit.indexOf(':');
        String prefix = colon < 0 ? limit : limit.substring(0, colon);
        if (colon < 0 || !(prefix.equals("WD") || prefix.equals("WH"))) {
            throw new InvalidDeadlineRule(text, "'" + limit + "' is not a limit");
        }
        String digits = limit.substring(colon + 1);
        if (!AMOUNT.matcher(digits).matches()) {
            throw new InvalidDeadlineRule(text,
                    "n must be a whole number from 1 to " + MAX_AMOUNT + " without sign or leading zeros");
        }
        int n = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        checkedAmount(text, n);
        return prefix.equals("WD") ? workingDays(n) : workingHours(n);
    }

    private static LocalTime parseCutoff(String text, String option) {
        Matcher m = CUTOFF.matcher(option);
        if (!m.matches()) {
            throw new InvalidDeadlineRule(text, "'" + option + "' is not an option; write cutoff=HH:mm");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new InvalidDeadlineRule(text, "'" + option + "' is not a time of day");
        }
        return LocalTime.of(hour, minute);
    }

    private static int checkedAmount(String text, int n) {
        if (n < 1 || n > MAX_AMOUNT) {
            throw new InvalidDeadlineRule(text, "n must be from 1 to " + MAX_AMOUNT);
        }
        return n;
    }

    /**
     * The same limit with a cut-off: a dossier received after {@code cutoff} on a working day counts from
     * the next working day. Only whole minutes are kept because the grammar has no seconds.
     */
    public DeadlineRule withCutoff(LocalTime cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return new DeadlineRule(unit, amount, cutoff.withSecond(0).withNano(0));
    }

    /** The same limit without a cut-off. */
    public DeadlineRule withoutCutoff() {
        return new DeadlineRule(unit, amount, null);
    }

    public Unit unit() {
        return unit;
    }

    /** n of {@code WD:n} or {@code WH:n}; 0 for {@code SAME_DAY}, which has no amount. */
    public int amount() {
        return amount;
    }

    public Optional<LocalTime> cutoff() {
        return Optional.ofNullable(cutoff);
    }

    // The hot path of WorkingCalendar.due reads the field without allocating an Optional.
    LocalTime cutoffOrNull() {
        return cutoff;
    }

    /** The office time the limit allows; SAME_DAY has none because it ends at a closing time. */
    Duration officeTime(OfficeHours hours) {
        return switch (unit) {
            case WORKING_DAYS -> hours.standardDay().multipliedBy(amount);
            case WORKING_HOURS -> Duration.ofHours(amount);
            case SAME_DAY -> throw new IllegalStateException("SAME_DAY has no amount of office time");
        };
    }

    /**
     * The rule as a clerk reads it, e.g. "1 ngày làm việc", "8 giờ làm việc" or
     * "trong ngày (nhận sau 15:00 tính từ ngày làm việc tiếp theo)"; {@link #toString()} stays the grammar.
     */
    public String inVietnamese() {
        String limit = switch (unit) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case SAME_DAY -> "trong ngày";
        };
        return cutoff == null ? limit : limit + " (nhận sau " + cutoff + " tính từ ngày làm việc tiếp theo)";
    }

    /** The rule in English words, e.g. "1 working day" or "the same day (received after 15:00: from the next working day)". */
    public String inEnglish() {
        String limit = switch (unit) {
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case WORKING_HOURS -> amount + (amount == 1 ? " working hour" : " working hours");
            case SAME_DAY -> "the same day";
        };
        return cutoff == null ? limit : limit + " (received after " + cutoff + ": from the next working day)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeadlineRule other
                && unit == other.unit && amount == other.amount && Objects.equals(cutoff, other.cutoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount, cutoff);
    }

    @Override
    public String toString() {
        String limit = switch (unit) {
            case WORKING_DAYS -> "WD:" + amount;
            case WORKING_HOURS -> "WH:" + amount;
            case SAME_DAY -> "SAME_DAY";
        };
        return cutoff == null ? limit : limit + ",cutoff=" + cutoff;
    }
}
