package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days off and swapped working days of one Gregorian year, as the administrator entered them or as the
 * statutory rule computes them. Days off include holidays that fall on a weekend: an office open on
 * Saturdays needs them, and they are what the weekend compensation is counted from.
 */
record HolidayYear(int year, boolean provisional,
                   SortedMap<LocalDate, String> daysOff, SortedMap<LocalDate, String> swappedWorkingDays) {

    HolidayYear {
        daysOff = Collections.unmodifiableSortedMap(new TreeMap<>(daysOff));
        swappedWorkingDays = Collections.unmodifiableSortedMap(new TreeMap<>(swappedWorkingDays));
        if (!daysOff.isEmpty() && (daysOff.firstKey().getYear() != year || daysOff.lastKey().getYear() != year)
                || !swappedWorkingDays.isEmpty() && (swappedWorkingDays.firstKey().getYear() != year
                        || swappedWorkingDays.lastKey().getYear() != year)) {
            throw new IllegalArgumentException("a day outside year " + year);
        }
    }
}
