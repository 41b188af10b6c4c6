package vn.motcua.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Every opening interval of a range of days, laid out as sorted arrays of epoch nanoseconds with the office
 * time accumulated before each interval (prefix sums). Office time between two instants is then a
 * difference of two prefix values, and "n hours of office time later" is a binary search over the prefix
 * sums: no query walks days or the holiday list. Nanoseconds keep instants exact and still fit a long
 * until 2262.
 */
final class OfficeTimeline {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

    private final LocalDate firstDay;
    private final int dayCount;
    private final long[] opens;
    private final long[] closes;
    private final long[] officeBefore;        // officeBefore[i] = office time before interval i; [n] = total
    private final int[] firstIntervalOfDay;   // day d owns intervals [firstIntervalOfDay[d], firstIntervalOfDay[d+1])
    private final long[] dayStarts;           // local midnights, dayCount + 1 of them
    private final boolean fixedOffset;        // true when the zone has one offset over the whole range
    private final long offsetNanos;

    private OfficeTimeline(LocalDate firstDay, int dayCount, long[] opens, long[] closes, long[] officeBefore,
                           int[] firstIntervalOfDay, long[] dayStarts, boolean fixedOffset, long offsetNanos) {
        this.firstDay = firstDay;
        this.dayCount = dayCount;
        this.opens = opens;
        this.closes = closes;
        this.officeBefore = officeBefore;
        this.firstIntervalOfDay = firstIntervalOfDay;
        this.dayStarts = dayStarts;
        this.fixedOffset = fixedOffset;
        this.offsetNanos = offsetNanos;
    }

    static OfficeTimeline build(ZoneId zone, LocalDate firstDay, LocalDate lastDay,
                                Function<LocalDate, List<OpeningInterval>> hoursOfDay) {
        int dayCount = Math.toIntExact(lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
        long[] opens = new long[dayCount * 2];
        long[] closes = new long[dayCount * 2];
        int[] firstIntervalOfDay = new int[dayCount + 1];
        long[] dayStarts = new long[dayCount + 1];
        int n = 0;
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = firstDay.plusDays(d);
            dayStarts[d] = nanos(date.atStartOfDay(zone));
            firstIntervalOfDay[d] = n;
            for (OpeningInterval interval : hoursOfDay.apply(date)) {
                if (n == opens.length) {
                    opens = Arrays.copyOf(opens, n * 2);
                    closes = Arrays.copyOf(closes, n * 2);
                }
                opens[n] = nanos(date.atTime(interval.opens()).atZone(zone));
                closes[n] = nanos(date.atTime(interval.closes()).atZone(zone));
                n++;
            }
        }
        firstIntervalOfDay[dayCount] = n;
        dayStarts[dayCount] = nanos(lastDay.plusDays(1).atStartOfDay(zone));
        long[] officeBefore = new long[n + 1];
        for (int i = 0; i < n; i++) {
            officeBefore[i + 1] = officeBefore[i] + closes[i] - opens[i];
        }
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition transition = rules.nextTransition(
                ZonedDateTime.of(firstDay.atStartOfDay(), zone).toInstant().minusSeconds(86_400));
        boolean fixed = transition == null || nanos(transition.getInstant().atZone(zone)) >= dayStarts[dayCount];
        long offset = rules.getOffset(firstDay.atStartOfDay()).getTotalSeconds() * NANOS_PER_SECOND;
        return new OfficeTimeline(firstDay, dayCount, Arrays.copyOf(opens, n), Arrays.copyOf(closes, n),
                officeBefore, firstIntervalOfDay, dayStarts, fixed, offset);
    }

    private static long nanos(ZonedDateTime time) {
        return time.toEpochSecond() * NANOS_PER_SECOND + time.getNano();
    }

    long rangeStart() {
        return dayStarts[0];
    }

    long rangeEnd() {
        return dayStarts[dayCount];
    }

    LocalDate firstDay() {
        return firstDay;
    }

    int dayCount() {
        return dayCount;
    }

    /** Office time from the start of the range up to {@code t}. */
    long officeTimeBefore(long t) {
        int i = intervalAtOrBefore(t);
        return i < 0 ? 0 : officeBefore[i] + Math.min(t, closes[i]) - opens[i];
    }

    /** {@code t} if the office is open then, else the next opening. */
    long nextOpening(long t) {
        int i = intervalAtOrBefore(t);
        if (i >= 0 && t < closes[i]) {
            return t;
        }
        if (i + 1 >= opens.length) {
            throw beyondRange();
        }
        return opens[i + 1];
    }

    /**
     * The earliest instant with {@code amount} of office time after {@code from}: a result that reaches a
     * closing time exactly stays at that closing time rather than moving to the next opening.
     */
    long plus(long from, long amount) {
        if (amount == 0) {
            return from;
        }
        long target = officeTimeBefore(from) + amount;
        if (target > officeBefore[opens.length]) {
            throw beyondRange();
        }
        // The first interval whose end reaches the target: smallest m with officeBefore[m] >= target.
        int low = 1;
        int high = opens.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (officeBefore[mid] >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int j = low - 1;
        return opens[j] + (target - officeBefore[j]);
    }

    /**
     * The latest instant with {@code amount} of office time before {@code to}: a result that reaches an
     * opening time exactly stays at that opening rather than moving back to the previous closing.
     */
    long minus(long to, long amount) {
        if (amount == 0) {
            return to;
        }
        long target = officeTimeBefore(to) - amount;
        if (target < 0) {
            throw new IllegalArgumentException("the result lies before the working calendar's range");
        }
        // The last interval that starts at or before the target: largest j with officeBefore[j] <= target.
        int low = 0;
        int high = opens.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (officeBefore[mid] <= target) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return opens[low] + (target - officeBefore[low]);
    }

    /** The index of the local day that contains {@code t}. */
    int dayIndex(long t) {
        if (fixedOffset) {
            return (int) (Math.floorDiv(t + offsetNanos, NANOS_PER_DAY) - firstDay.toEpochDay());
        }
        int low = 0;
        int high = dayCount - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (dayStarts[mid] <= t) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    boolean isOpenOn(int day) {
        return firstIntervalOfDay[day + 1] > firstIntervalOfDay[day];
    }

    /** The last closing time of a day the office opens on. */
    long closingOf(int day) {
        return closes[firstIntervalOfDay[day + 1] - 1];
    }

    /** The first opening on the given day or any day after it. */
    long firstOpeningFrom(int day) {
        int i = firstIntervalOfDay[day];
        if (i >= opens.length) {
            throw beyondRange();
        }
        return opens[i];
    }

    // The last interval that opens at or before t, or -1 when t is before the first one.
    private int intervalAtOrBefore(long t) {
        int low = 0;
        int high = opens.length - 1;
        if (high < 0 || t < opens[0]) {
            return -1;
        }
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (opens[mid] <= t) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static IllegalArgumentException beyondRange() {
        return new IllegalArgumentException("the result lies beyond the working calendar's range");
    }
}
