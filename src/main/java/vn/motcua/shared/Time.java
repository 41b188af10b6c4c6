package vn.motcua.shared;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Now, as the process engine sees it. Everything that stamps dossiers and clocks uses it, so that a
 * process test that sets the engine clock moves the whole application with it.
 */
public final class Time {

    private Time() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
