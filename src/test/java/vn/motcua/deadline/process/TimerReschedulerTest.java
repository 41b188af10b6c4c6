package vn.motcua.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimerReschedulerTest {

    @Test
    void aTimerFollowsTheClockItsDeadlineExpressionNames() {
        assertThat(TimerRescheduler.clockOf("DATE: ${deadlines.apologyAt(execution, 'DOSSIER')}")).contains("DOSSIER");
        assertThat(TimerRescheduler.clockOf("DATE: ${deadlines.nextEscalationAt(execution, 'STAGE_POLICE')}")).contains("STAGE_POLICE");
    }

    @Test
    void aTimerWhoseExpressionNamesNoSingleClockFollowsEveryClock() {
        assertThat(TimerRescheduler.clockOf("DATE: ${deadlines.supplementDueAt(execution)}")).contains("*");
        assertThat(TimerRescheduler.clockOf("DATE: ${deadlines.dueAt(execution, stageKey)}")).contains("*");
        assertThat(TimerRescheduler.clockOf("DATE: ${deadlines.dueAt(execution, 'STAGE_' += stage)}")).contains("*");
    }

    @Test
    void aTimerThatReadsNoClockIsNoDeadlineTimer() {
        assertThat(TimerRescheduler.clockOf("DATE: 2099-01-01T00:00:00")).isEmpty();
        assertThat(TimerRescheduler.clockOf("DURATION: PT1H")).isEmpty();
        assertThat(TimerRescheduler.clockOf(null)).isEmpty();
    }
}
