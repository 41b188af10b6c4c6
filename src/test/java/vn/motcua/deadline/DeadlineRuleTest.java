package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineRuleTest {

    @Test
    void readsWorkingDays() {
        DeadlineRule rule = DeadlineRule.parse("WD:2");

        assertThat(rule.unit()).isEqualTo(DeadlineRule.Unit.WORKING_DAYS);
        assertThat(rule.amount()).isEqualTo(2);
        assertThat(rule.cutoff()).isEmpty();
        assertThat(rule).isEqualTo(DeadlineRule.workingDays(2));
    }

    @Test
    void readsWorkingHoursWithACutoff() {
        DeadlineRule rule = DeadlineRule.parse("WH:8,cutoff=15:00");

        assertThat(rule.unit()).isEqualTo(DeadlineRule.Unit.WORKING_HOURS);
        assertThat(rule.amount()).isEqualTo(8);
        assertThat(rule.cutoff()).contains(LocalTime.of(15, 0));
    }

    @Test
    void readsTheSameDayRuleWithACutoff() {
        assertThat(DeadlineRule.parse("SAME_DAY,cutoff=15:00"))
                .isEqualTo(DeadlineRule.sameDay().withCutoff(LocalTime.of(15, 0)));
    }

    @Test
    void ignoresBlanksAroundTheRule() {
        assertThat(DeadlineRule.parse("  WD:7 ")).isEqualTo(DeadlineRule.workingDays(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WD:1", "WD:365", "WH:8", "WH:365", "SAME_DAY", "SAME_DAY,cutoff=15:00",
            "WD:2,cutoff=15:00", "WH:4,cutoff=09:30", "WD:3,cutoff=00:00"})
    void writesBackTheTextItWasReadFrom(String text) {
        assertThat(DeadlineRule.parse(text).toString()).isEqualTo(text);
        assertThat(DeadlineRule.parse(DeadlineRule.parse(text).toString())).isEqualTo(DeadlineRule.parse(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "WD:0                 | n must be from 1 to 365",
            "WD:366               | n must be from 1 to 365",
            "WH:1000              | n must be from 1 to 365",
            "WD:99999999999999    | n must be from 1 to 365",
            "WD:-1                | without sign or leading zeros",
            "WD:+3                | without sign or leading zeros",
            "WD:05                | without sign or leading zeros",
            "WD:                  | without sign or leading zeros",
            "WD:2.5               | without sign or leading zeros",
            "WD                   | 'WD' is not a limit",
            "XD:3                 | 'XD:3' is not a limit",
            "wd:3                 | 'wd:3' is not a limit",
            "SAME_DAY:1           | 'SAME_DAY:1' is not a limit",
            "WD:3,cutoff=25:00    | 'cutoff=25:00' is not a time of day",
            "WD:3,cutoff=15:60    | 'cutoff=15:60' is not a time of day",
            "WD:3,cutoff=1500     | 'cutoff=1500' is not an option",
            "WD:3,cutoff=3:00     | 'cutoff=3:00' is not an option",
            "WD:3,deadline=15:00  | 'deadline=15:00' is not an option",
            "WD:3,                | '' is not an option",
    })
    void refusesTextOutsideTheGrammarSayingWhy(String text, String reason) {
        assertThatThrownBy(() -> DeadlineRule.parse(text))
                .isInstanceOf(InvalidDeadlineRule.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a deadline rule")
                .hasMessageContaining(reason);
    }

    @Test
    void refusesMoreThanOneOption() {
        assertThatThrownBy(() -> DeadlineRule.parse("WD:3,cutoff=15:00,cutoff=16:00"))
                .isInstanceOf(InvalidDeadlineRule.class)
                .hasMessageContaining("only one option");
    }

    @Test
    void refusesAnEmptyOrMissingRule() {
        assertThatThrownBy(() -> DeadlineRule.parse("")).isInstanceOf(InvalidDeadlineRule.class);
        assertThatThrownBy(() -> DeadlineRule.parse(null)).isInstanceOf(InvalidDeadlineRule.class);
    }

    @Test
    void refusesAmountsOutsideTheRangeFromTheFactoriesToo() {
        assertThatThrownBy(() -> DeadlineRule.workingDays(0)).isInstanceOf(InvalidDeadlineRule.class);
        assertThatThrownBy(() -> DeadlineRule.workingHours(366)).isInstanceOf(InvalidDeadlineRule.class);
    }

    @Test
    void addsAndRemovesACutoffWithoutChangingTheLimit() {
        DeadlineRule rule = DeadlineRule.workingDays(2).withCutoff(LocalTime.of(15, 0, 30));

        assertThat(rule.toString()).isEqualTo("WD:2,cutoff=15:00");
        assertThat(rule.withoutCutoff()).isEqualTo(DeadlineRule.workingDays(2));
    }

    @Test
    void countsWorkingDaysInStandardDaysOfTheOffice() {
        OfficeHours hours = OfficeHours.standard();

        assertThat(DeadlineRule.parse("WD:5").officeTime(hours)).isEqualTo(Duration.ofHours(40));
        assertThat(DeadlineRule.parse("WH:5").officeTime(hours)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void saysTheRuleInWordsForClerks() {
        assertThat(DeadlineRule.parse("WD:1").inVietnamese()).isEqualTo("1 ngày làm việc");
        assertThat(DeadlineRule.parse("WH:8").inVietnamese()).isEqualTo("8 giờ làm việc");
        assertThat(DeadlineRule.parse("SAME_DAY,cutoff=15:00").inVietnamese())
                .isEqualTo("trong ngày (nhận sau 15:00 tính từ ngày làm việc tiếp theo)");
        assertThat(DeadlineRule.parse("WD:2").inEnglish()).isEqualTo("2 working days");
        assertThat(DeadlineRule.parse("WD:1").inEnglish()).isEqualTo("1 working day");
    }
}
