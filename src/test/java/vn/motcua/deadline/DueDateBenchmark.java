package vn.motcua.deadline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WD:5 due dates from random receipt instants across 2025–2027 on one thread (issue 3: at least 2 million a
 * second). Run with {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec}; see docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class DueDateBenchmark {

    // A power of two so that the next index is a mask; large enough that the receipts are not all in cache.
    private static final int RECEIPTS = 1 << 16;

    private WorkingCalendar calendar;
    private DeadlineRule rule;
    private Instant[] receipts;
    private int next;

    @Setup
    public void setUp() {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        calendar = new WorkingCalendar(zone, OfficeHours.standard(), HolidayFile.load(Path.of("config/holidays.txt")));
        rule = DeadlineRule.parse("WD:5");
        long from = LocalDate.of(2025, 1, 1).atStartOfDay(zone).toEpochSecond();
        long to = LocalDate.of(2028, 1, 1).atStartOfDay(zone).toEpochSecond();
        Random random = new Random(20260213);
        receipts = new Instant[RECEIPTS];
        for (int i = 0; i < RECEIPTS; i++) {
            receipts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
        }
    }

    @Benchmark
    public Due dueWd5() {
        Instant received = receipts[next];
        next = (next + 1) & (RECEIPTS - 1);
        return calendar.due(received, rule);
    }
}
