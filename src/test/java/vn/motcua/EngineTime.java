package vn.motcua;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine clock of a process test, set in Hà Nội time ("2026-03-02T08:30"), as the offices read it. */
public final class EngineTime {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private EngineTime() {
    }

    /** Sets the engine clock (and so {@code Time.now()}) to this local time in Hà Nội. */
    public static void at(String localTime) {
        ClockUtil.setCurrentTime(Date.from(hanoi(localTime)));
    }

    /** The instant of this local time in Hà Nội. */
    public static Instant hanoi(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HANOI).toInstant();
    }
}
