package vn.motcua.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;

import vn.motcua.MotcuaApplication;

/**
 * Profiling aid for the birth-group benchmark, with the settings of {@link BirthGroupThroughput}: the SQL
 * statements per instance of each process (most frequent first), then alternating rounds that report the
 * CPU time per instance of this JVM and of the PostgreSQL backends serving it. On a machine shared with
 * other work, CPU time per instance says more than instances per second. System properties:
 * {@code instances} (per round, default 40), {@code rounds} (default 2), {@code top} (statements listed,
 * default 40), {@code soak} (birth | bare: run that process alone at the end, e.g. for a JFR recording),
 * {@code soakInstances} (default 400).
 */
public final class BirthGroupProfile {

    public static void main(String[] args) throws Exception {
        int instances = Integer.getInteger("instances", 40);
        int top = Integer.getInteger("top", 40);
        var counter = new StatementCounter();
        var application = new SpringApplication(MotcuaApplication.class);
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
        var app = BirthGroupThroughput.start(application);
        try {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            IntConsumer bare = BirthGroupThroughput.bare(engine);
            IntConsumer birthGroup = BirthGroupThroughput.birthGroup(app);
            BirthGroupThroughput.measure("warm-up bare", bare, instances);
            BirthGroupThroughput.measure("warm-up birth group", birthGroup, instances);
            counter.reset();
            BirthGroupThroughput.measure("counted bare", bare, instances);
            counter.print("bare", instances, top);
            counter.reset();
            BirthGroupThroughput.measure("counted birth group", birthGroup, instances);
            counter.print("birth group", instances, top);
            double[] bareCpu = new double[2];
            double[] birthCpu = new double[2];
            int rounds = Integer.getInteger("rounds", 2);
            for (int round = 1; round <= rounds; round++) {
                add(bareCpu, cpu("bare", bare, instances), rounds);
                add(birthCpu, cpu("birth group", birthGroup, instances), rounds);
            }
            System.out.printf("CPU per instance: bare %.1f ms (JVM %.1f + PostgreSQL %.1f), birth group %.1f ms (%.1f + %.1f),"
                    + " ratio %.0f%%%n", bareCpu[0] + bareCpu[1], bareCpu[0], bareCpu[1], birthCpu[0] + birthCpu[1], birthCpu[0],
                    birthCpu[1], 100 * (bareCpu[0] + bareCpu[1]) / (birthCpu[0] + birthCpu[1]));
            if (Boolean.getBoolean("ceiling")) {
                IntConsumer ceiling = ceiling(engine);
                BirthGroupThroughput.measure("warm-up engine only", ceiling, instances);
                counter.reset();
                BirthGroupThroughput.measure("counted engine only", ceiling, instances);
                counter.print("engine only", instances, top);
                double[] bareCpu2 = new double[2];
                double[] ceilingCpu = new double[2];
                for (int round = 1; round <= rounds; round++) {
                    add(bareCpu2, cpu("bare", bare, instances), rounds);
                    add(ceilingCpu, cpu("engine only", ceiling, instances), rounds);
                }
                System.out.printf("CPU per instance: bare %.1f ms, birth group model with the engine only %.1f ms, ratio %.0f%%%n",
                        bareCpu2[0] + bareCpu2[1], ceilingCpu[0] + ceilingCpu[1],
                        100 * (bareCpu2[0] + bareCpu2[1]) / (ceilingCpu[0] + ceilingCpu[1]));
            }
            String soak = System.getProperty("soak");
            if (soak != null) {
                BirthGroupThroughput.measure("soak " + soak, "bare".equals(soak) ? bare : birthGroup,
                        Integer.getInteger("soakInstances", 400));
            }
        } finally {
            app.close();
        }
    }

    /**
     * The birth group's model with the engine alone: every call into our code replaced by a no-op, the
     * variables our steps would write given at the start (stageDue still set on each task), the timer at a
     * fixed date. What the model costs the engine, with no dossier, clock, document or notification.
     */
    private static IntConsumer ceiling(ProcessEngine engine) throws IOException {
        String model = engineOnly(Files.readString(Path.of("processes/birth-group/birth-group.bpmn")))
                .replace("id=\"birth-group\"", "id=\"birth-group-engine-only\"")
                .replace("calledElement=\"fee-collection\"", "calledElement=\"fee-collection-engine-only\"")
                .replaceAll("\\$\\{deadlines\\.apologyAt[^<]*", "2099-01-01T00:00:00");
        // the fee step of an exempt dossier: the two variables its gateways read, nothing due
        String fee = engineOnly(Files.readString(Path.of("processes/common/fee-collection.bpmn")
                ).replace("camunda:delegateExpression=\"${computeFeeDelegate}\"",
                        "camunda:expression=\"${execution.setVariable('feeConfirmationNeeded', false)}\"")
                .replace("camunda:delegateExpression=\"${recordFeeDelegate}\"", "camunda:expression=\"${execution.setVariable('feeTotal', 0)}\""))
                .replace("id=\"fee-collection\"", "id=\"fee-collection-engine-only\"")
                .replace(" camunda:dueDate=\"${feeDueAt}\"", "").replace("${feeDueAt}", "2099-01-01T00:00:00");
        engine.getRepositoryService().createDeployment().name("bench-engine-only")
                .addString("birth-group-engine-only.bpmn", model).addString("fee-collection-engine-only.bpmn", fee).deploy();
        return n -> {
            Map<String, Object> start = new HashMap<>(Map.of("childName", "Trẻ " + n, "childBirthDate", "2026-01-15", "childSex", "NU",
                    "childBirthPlace", "Trạm y tế", "motherName", "Nguyễn Thị Hoà", "motherIdNumber", "001203004005",
                    "residenceAddress", "Thôn 2, xã An Phú, Tỉnh Mẫu", "officeId", "xa-an-phu", "dossierCode", "CEIL-" + n,
                    "procedureCode", "1.012656.000.00.00.H56"));
            start.putAll(Map.of("channel", "ONLINE", "applicantName", "Nguyễn Thị Hoà", "idNumber", "001203004005",
                    "appointment", "08:30 ngày 05/03/2026", "appointmentSlipUrl", "http://localhost:8080/api/public/dossiers/x/slip",
                    "componentLinks", "(chưa có thành phần điện tử)", "childIdNumber", "001326012345",
                    "resultLinks", "- [Trích lục](/api/dossiers/x/documents/y)"));
            String id = engine.getRuntimeService().startProcessInstanceByKey("birth-group-engine-only", "CEIL-" + n, start).getId();
            BirthGroupThroughput.finish(engine, id, BirthGroupThroughput.FORM_FIELDS);
        };
    }

    /** The model with every call into our code a no-op (stageDue still set on each task) and no form references. */
    private static String engineOnly(String model) {
        return model.replaceAll("camunda:delegateExpression=\"\\$\\{[^\"]*\\}\"", "camunda:expression=\"\\${true}\"")
                .replaceAll("expression=\"\\$\\{deadlines\\.showOnTask[^\"]*\"",
                        "expression=\"\\${task.setVariableLocal('stageDue', '17:00 ngày 02/03/2026')}\"")
                .replaceAll("expression=\"\\$\\{(deadlines|dossiers|notifications|feeCollection)\\.[^\"]*\"", "expression=\"\\${true}\"")
                .replaceAll(" camunda:formRef=\"[^\"]*\" camunda:formRefBinding=\"deployment\"", "");
    }

    private static void add(double[] mean, double[] round, int rounds) {
        mean[0] += round[0] / rounds;
        mean[1] += round[1] / rounds;
    }

    /** Milliseconds of CPU per instance: this JVM (all threads, JIT and GC included) and the PostgreSQL backends. */
    private static double[] cpu(String label, IntConsumer instance, int instances) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvm = os.getProcessCpuTime();
        long pg = postgresTicks();
        BirthGroupThroughput.measure(label, instance, instances);
        double jvmMs = (os.getProcessCpuTime() - jvm) / 1e6 / instances;
        double pgMs = (postgresTicks() - pg) * 10.0 / instances; // USER_HZ = 100
        System.out.printf("  %s: JVM %.1f ms + PostgreSQL %.1f ms of CPU per instance%n", label, jvmMs, pgMs);
        return new double[] {jvmMs, pgMs};
    }

    /** User + system clock ticks of the PostgreSQL backends connected to the benchmark's database. */
    private static long postgresTicks() throws IOException {
        String db = System.getenv("MOTCUA_DB_USER");
        String marker = "postgres: 15/main: " + db + " " + db + " ";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+")).mapToLong(p -> {
                try {
                    String command = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!command.startsWith(marker)) {
                        return 0;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    return 0;
                }
            }).sum();
        }
    }
}
