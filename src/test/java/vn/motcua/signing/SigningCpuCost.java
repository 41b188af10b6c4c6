package vn.motcua.signing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time one signature and one verification cost on the calling thread, whatever else the machine runs:
 * the companion of {@link SigningBenchmark}, whose throughput depends on the share of the cores it gets. Run with
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec -Dbench.main=vn.motcua.signing.SigningCpuCost};
 * see docs/benchmarks.md.
 */
public final class SigningCpuCost {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 2_000;

    public static void main(String[] args) throws Exception {
        var benchmark = new SigningBenchmark();
        benchmark.setUp();
        report("sign a 2-page PDF", benchmark::signTwoPagePdf);
        report("verify a signed PDF", benchmark::verifySignedPdf);
    }

    private static void report(String what, Supplier<Object> operation) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (int i = 0; i < WARM_UP; i++) {
            sink.consume(operation.get());
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink.consume(operation.get());
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED;
        double wallMs = (System.nanoTime() - wall) / 1e6 / MEASURED;
        System.out.printf("%-22s CPU %.2f ms/op (%.0f ops/s per core), wall %.2f ms/op, %d ops after %d warm-up%n", what, cpuMs,
                1000 / cpuMs, wallMs, MEASURED, WARM_UP);
    }
}
