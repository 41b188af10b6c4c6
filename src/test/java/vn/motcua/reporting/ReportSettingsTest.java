package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReportSettingsTest {

    private static ReportSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("motcua.reports", ReportSettings.class);
    }

    @Test
    void countsEarlyBeforeTheAppointmentsDayUnlessToldOtherwise() {
        assertThat(bound(Map.of()).earlyRule()).isEqualTo(EarlyRule.BEFORE_APPOINTMENT_DAY);
    }

    @Test
    void takesTheAppointmentInstantRuleFromTheSetting() {
        assertThat(bound(Map.of("motcua.reports.early-rule", "BEFORE_APPOINTMENT_INSTANT")).earlyRule())
                .isEqualTo(EarlyRule.BEFORE_APPOINTMENT_INSTANT);
        assertThat(bound(Map.of("motcua.reports.early-rule", "before-appointment-instant")).earlyRule())
                .isEqualTo(EarlyRule.BEFORE_APPOINTMENT_INSTANT);
    }
}
