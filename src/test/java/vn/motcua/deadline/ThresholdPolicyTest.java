package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.deadline.Calendars.at;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked out by hand on the 2026 calendar (8 h a day; Tết Sat 14 – Sun 22/02). */
class ThresholdPolicyTest {

    private final WorkingCalendar calendar = Calendars.standardOffice();

    @Test
    void warnsByDefaultWhenThreeQuartersOfTheAllowedTimeAreUsed() {
        // WD:4 from Mon 09/03 08:00 is due Thu 12/03 17:00 (32 h); 75% = 24 h → Wed 11/03 17:00.
        assertThat(ThresholdPolicy.defaults().warningAt(at("2026-03-09T08:00"), at("2026-03-12T17:00"), calendar))
                .isEqualTo(at("2026-03-11T17:00"));
    }

    @Test
    void countsTheShareInOfficeTime() {
        // WH:8 from Mon 09/03 09:00 is due Tue 10/03 09:00; 75% = 6 h: Mon 09–12 (3), 13–16 (6).
        assertThat(ThresholdPolicy.parse("75%").warningAt(at("2026-03-09T09:00"), at("2026-03-10T09:00"), calendar))
                .isEqualTo(at("2026-03-09T16:00"));
        // WD:2 from Mon 08:00, due Tue 17:00 (16 h); 87.5% = 14 h: Mon 8, Tue 08–12 (12), 13–15 (14).
        assertThat(ThresholdPolicy.parse("87.5%").warningAt(at("2026-03-09T08:00"), at("2026-03-10T17:00"), calendar))
                .isEqualTo(at("2026-03-10T15:00"));
    }

    @Test
    void warnsAFixedOfficeTimeBeforeTheDue() {
        assertThat(ThresholdPolicy.parse("WD:1").warningAt(at("2026-03-09T08:00"), at("2026-03-12T17:00"), calendar))
                .as("the morning of the last day, not the evening before").isEqualTo(at("2026-03-12T08:00"));
        assertThat(ThresholdPolicy.parse("WH:4").warningAt(at("2026-03-09T08:00"), at("2026-03-12T17:00"), calendar))
                .isEqualTo(at("2026-03-12T13:00"));
    }

    @Test
    void warnsAcrossTetInOfficeTime() {
        // WD:3 received Fri 13/02 10:00 → due Wed 25/02 10:00 (24 h).
        Due due = calendar.due(LocalDateTime.parse("2026-02-13T10:00"), DeadlineRule.parse("WD:3"));
        // 8 h before: Wed 08–10 (2), Tue 24 13–17 (6), Tue 24 10–12 (8).
        assertThat(ThresholdPolicy.parse("WD:1").warningAt(due.startsAt(), due.dueAt(), calendar))
                .isEqualTo(at("2026-02-24T10:00"));
        // 75% = 18 h: Fri 13 10–17 (6), Mon 23 (14), Tue 24 08–12 (18).
        assertThat(ThresholdPolicy.defaults().warningAt(due.startsAt(), due.dueAt(), calendar))
                .isEqualTo(at("2026-02-24T12:00"));
    }

    @Test
    void warnsAtOnceWhenTheFixedWarningIsLongerThanTheLimit() {
        // WH:4 from Mon 08:00 → due 12:00; a warning 1 WD before would lie before the start.
        assertThat(ThresholdPolicy.parse("WD:1").warningAt(at("2026-03-09T08:00"), at("2026-03-09T12:00"), calendar))
                .isEqualTo(at("2026-03-09T08:00"));
    }

    @Test
    void escalatesEveryRepeatIntervalAfterTheDue() {
        ThresholdPolicy daily = ThresholdPolicy.defaults();
        ThresholdPolicy halfDaily = ThresholdPolicy.parse("75%", "WH:4");

        assertThat(daily.escalationAt(at("2026-03-12T17:00"), 1, calendar)).isEqualTo(at("2026-03-13T17:00"));
        assertThat(daily.escalationAt(at("2026-03-12T17:00"), 2, calendar)).isEqualTo(at("2026-03-16T17:00"));
        assertThat(halfDaily.escalationAt(at("2026-03-12T17:00"), 1, calendar)).isEqualTo(at("2026-03-13T12:00"));
        // 12 h after Thu 17:00: Fri (8), Mon 16/03 08–12 (12).
        assertThat(halfDaily.escalationAt(at("2026-03-12T17:00"), 3, calendar)).isEqualTo(at("2026-03-16T12:00"));
        // Due Fri 13/02 17:00, the next working day is Mon 23/02 after Tết.
        assertThat(daily.escalationAt(at("2026-02-13T17:00"), 1, calendar)).isEqualTo(at("2026-02-23T17:00"));
    }

    @Test
    void countsEscalationsFromOne() {
        assertThatThrownBy(() -> ThresholdPolicy.defaults().escalationAt(at("2026-03-12T17:00"), 0, calendar))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesAllThresholdsOfADueDate() {
        Due due = calendar.due(LocalDateTime.parse("2026-03-09T08:00"), DeadlineRule.parse("WD:4"));

        assertThat(ThresholdPolicy.defaults().thresholds(due, calendar)).isEqualTo(new Thresholds(
                at("2026-03-11T17:00"), at("2026-03-12T17:00"), at("2026-03-13T17:00")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "75%      | WD:1 | warning=75%, escalation every WD:1",
            "87.5%    | WH:4 | warning=87.5%, escalation every WH:4",
            "12.25%   | WD:2 | warning=12.25%, escalation every WD:2",
            "WD:1     | WD:1 | warning=WD:1, escalation every WD:1",
            "' WH:4 ' | WD:1 | warning=WH:4, escalation every WD:1",
    })
    void writesItsSettingsBackAsTheyAreRead(String warning, String repeat, String text) {
        ThresholdPolicy policy = ThresholdPolicy.parse(warning, repeat);

        assertThat(policy).hasToString(text);
        assertThat(ThresholdPolicy.parse(policy.warningText(), policy.escalationRepeatText())).isEqualTo(policy);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0%                | WD:1     | above 0% and below 100%",
            "100%              | WD:1     | above 0% and below 100%",
            "75.123%           | WD:1     | like 75% or 87.5%",
            "-5%               | WD:1     | like 75% or 87.5%",
            "75                | WD:1     | WD:n or WH:n",
            "SAME_DAY          | WD:1     | WD:n or WH:n without a cut-off",
            "WD:1,cutoff=15:00 | WD:1     | without a cut-off",
            "75%               | SAME_DAY | WD:n or WH:n without a cut-off",
            "75%               | WD:0     | WD:n or WH:n",
    })
    void refusesSettingsItCannotRead(String warning, String repeat, String reason) {
        assertThatThrownBy(() -> ThresholdPolicy.parse(warning, repeat))
                .isInstanceOf(InvalidThresholdPolicy.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
