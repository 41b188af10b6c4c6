package vn.motcua.deadline;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed from the Moon's phases and the Sun's longitude for
 * UTC+7 (the zone Vietnam has reckoned the calendar in since 1968, which is why its Tết sometimes differs
 * from the Chinese one). Valid for the years 1900–2199.
 *
 * <p>The rules: a month starts on the local day of a new moon; month 11 is the month that contains the
 * December solstice; a year with 13 months between two months 11 repeats (as a leap month) the first
 * month that contains no major solar term, i.e. during which the Sun's longitude crosses no multiple of 30°.
 * New moons use the series of Meeus, <i>Astronomical Algorithms</i>, ch. 49; the Sun's apparent longitude
 * the low-precision formula of ch. 25 (about 0.01°, i.e. a quarter of an hour of time).
 */
public final class LunarCalendar {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double NEW_MOON_EPOCH_JDE = 2451550.09766; // the new moon of 2000-01-06
    private static final double UNIX_EPOCH_JD = 2440587.5;          // 1970-01-01 00:00 UT
    private static final double ZONE_DAYS = 7.0 / 24.0;
    private static final int WINTER_SOLSTICE_TERM = 9;              // 270° / 30°

    private LunarCalendar() {
    }

    /** The first day of the first month of the lunar year that starts in {@code year} (mùng 1 Tết). */
    public static LocalDate lunarNewYear(int year) {
        return LocalDate.ofEpochDay(firstDayOfMonth(year, 1));
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month of the lunar year that starts in {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        return LocalDate.ofEpochDay(firstDayOfMonth(year, 3) + 9);
    }

    /** The epoch day on which (non-leap) month {@code month} of the lunar year starting in {@code year} begins. */
    private static long firstDayOfMonth(int year, int month) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "the lunar calendar is computed for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        int month11 = lunationOfMonth11(year - 1);
        int months = lunationOfMonth11(year) - month11;
        int leap = months == 13 ? firstMonthWithoutMajorTerm(month11) : -1;
        int number = 11;
        for (int offset = 1; offset < months; offset++) {
            if (offset == leap) {
                continue; // a leap month repeats the number of the month before it
            }
            number = number % 12 + 1;
            if (number == month) {
                return newMoonDay(month11 + offset);
            }
        }
        throw new IllegalStateException("month " + month + " not found in lunar year " + year);
    }

    /** The lunation (Meeus's k) that starts month 11, the month containing the December solstice of {@code year}. */
    private static int lunationOfMonth11(int year) {
        long solsticeDay = LocalDate.of(year, 12, 15).toEpochDay();
        while (majorTerm(solsticeDay + 1) < WINTER_SOLSTICE_TERM) {
            solsticeDay++; // the solstice falls during the last day whose end is still short of 270°
        }
        int k = (int) Math.floor((julianDayAtLocalMidnight(solsticeDay) - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH);
        while (newMoonDay(k) > solsticeDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= solsticeDay) {
            k++;
        }
        return k;
    }

    /** Offset from month 11 of the first month in which the Sun enters no new 30° sector. */
    private static int firstMonthWithoutMajorTerm(int month11) {
        int termAtStart = majorTerm(newMoonDay(month11 + 1));
        for (int offset = 1; offset <= 12; offset++) {
            int termAtNextStart = majorTerm(newMoonDay(month11 + offset + 1));
            if (termAtNextStart == termAtStart) {
                return offset;
            }
            termAtStart = termAtNextStart;
        }
        throw new IllegalStateException("no month without a major term in the 13 after lunation " + month11);
    }

    /** The 30° sector (0–11) the Sun is in at the local midnight that starts the day. */
    private static int majorTerm(long epochDay) {
        return (int) (apparentSolarLongitude(julianDayAtLocalMidnight(epochDay)) / 30.0);
    }

    private static double julianDayAtLocalMidnight(long epochDay) {
        return UNIX_EPOCH_JD + epochDay - ZONE_DAYS;
    }

    /** The local (UTC+7) epoch day of new moon number {@code k} counted from 2000-01-06. */
    static long newMoonDay(int k) {
        double jdUniversal = newMoonEphemerisDay(k) - deltaTSeconds(newMoonEphemerisDay(k)) / 86400.0;
        return (long) Math.floor(jdUniversal + ZONE_DAYS + 0.5) - (long) (UNIX_EPOCH_JD + 0.5);
    }

    // Meeus ch. 49: mean new moon plus the periodic and planetary corrections; the result is in TT.
    private static double newMoonEphemerisDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k
                + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double periodic = -0.40720 * sin(mp)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mp)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m)
                - 0.00514 * e * sin(mp + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f)
                - 0.00057 * sin(mp + 2 * f)
                + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m)
                - 0.00017 * sin(omega)
                - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f)
                - 0.00003 * sin(mp + m + 2 * f)
                + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f)
                - 0.00002 * sin(3 * mp + m)
                + 0.00002 * sin(4 * mp);

        double planetary = 0.000325 * sinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDegrees(251.88 + 0.016321 * k)
                + 0.000164 * sinDegrees(251.83 + 26.651886 * k)
                + 0.000126 * sinDegrees(349.42 + 36.412478 * k)
                + 0.000110 * sinDegrees(84.66 + 18.206239 * k)
                + 0.000062 * sinDegrees(141.74 + 53.303771 * k)
                + 0.000060 * sinDegrees(207.14 + 2.453732 * k)
                + 0.000056 * sinDegrees(154.84 + 7.306860 * k)
                + 0.000047 * sinDegrees(34.52 + 27.261239 * k)
                + 0.000042 * sinDegrees(207.19 + 0.121824 * k)
                + 0.000040 * sinDegrees(291.34 + 1.844379 * k)
                + 0.000037 * sinDegrees(161.72 + 24.198154 * k)
                + 0.000035 * sinDegrees(239.56 + 25.513099 * k)
                + 0.000023 * sinDegrees(331.55 + 3.592518 * k);
        return jde + periodic + planetary;
    }

    /** The Sun's apparent longitude in degrees [0, 360) at a Julian day in UT (Meeus ch. 25, low precision). */
    static double apparentSolarLongitude(double jdUniversal) {
        double jde = jdUniversal + deltaTSeconds(jdUniversal) / 86400.0;
        double t = (jde - 2451545.0) / 36525.0;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double meanAnomaly = radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000289 * sin(3 * meanAnomaly);
        double omega = radians(125.04 - 1934.136 * t);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * sin(omega);
        return ((apparent % 360.0) + 360.0) % 360.0;
    }

    /**
     * TT − UT in seconds (Espenak and Meeus's polynomials). A few seconds of error only matter for a new moon
     * within seconds of midnight; the extrapolation after 2050 is the weak part, as it is for every almanac.
     */
    private static double deltaTSeconds(double julianDay) {
        double y = 2000.0 + (julianDay - 2451544.5) / 365.2425;
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return y < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - y) : -20 + 32 * u * u;
    }

    private static double radians(double degrees) {
        return Math.toRadians(degrees % 360.0);
    }

    private static double sin(double radians) {
        return Math.sin(radians);
    }

    private static double sinDegrees(double degrees) {
        return Math.sin(radians(degrees));
    }
}
