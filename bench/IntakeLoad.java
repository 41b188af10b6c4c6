import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for online intake: threads POST /api/public/dossiers with two distinct ~1 MB PDFs each,
 * for a warm-up and a measured period, then print throughput and latencies. JDK only, so it runs as
 * `java bench/IntakeLoad.java URL THREADS WARMUP_S MEASURE_S` (see bench/intake.sh).
 */
public class IntakeLoad {

    static final String BOUNDARY = "motcua-bench-boundary";
    static final int FILE_BYTES = 1_000_000;

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/public/dossiers";
        int threads = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        byte[] base = basePdf(new Random(42));
        AtomicInteger sequence = new AtomicInteger();
        AtomicLong measuredOk = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + measure * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int n = sequence.incrementAndGet();
                    byte[] body = body(n, base);
                    long sent = System.nanoTime();
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                .header("Idempotency-Key", "bench-" + start + "-" + n)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                            if (errors.get() < 5) {
                                System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                            }
                        } else if (sent >= measureFrom && done <= end) {
                            measuredOk.incrementAndGet();
                            latencies.add((done - sent) / 1_000_000);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("threads=%d measured=%ds dossiers=%d throughput=%.1f/s p50=%dms p95=%dms max=%dms errors=%d%n",
                threads, measure, measuredOk.get(), measuredOk.get() / (double) measure, pct(sorted, 50), pct(sorted, 95),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], errors.get());
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    /** A multipart submission: the application (a distinct applicant) and two PDFs made unique by a trailing comment. */
    static byte[] body(int n, byte[] basePdf) {
        // province 001, century digit 2, born 0x: a valid personal id number per dossier
        String idNumber = "0012" + String.format("%08d", n % 100_000_000);
        String application = "{\"procedureCode\":\"9.000001.000.00.00.H56\",\"officeId\":\"xa-an-phu\",\"applicant\":{\"name\":\"Người nộp "
                + n + "\",\"idNumber\":\"" + idNumber + "\"}}";
        var out = new ByteArrayOutputStream(2 * FILE_BYTES + 2048);
        write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n\r\n"
                + application + "\r\n");
        for (String component : new String[] {"DON_DE_NGHI", "GIAY_TO_TUY_THAN"}) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + component + "\"; filename=\"" + component
                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(basePdf);
            write(out, "% " + component + " " + n + " " + System.nanoTime() + "\n%%EOF\n\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    /** A valid one-page PDF of about FILE_BYTES: its page content is a long run of comments, like a heavy scan. */
    static byte[] basePdf(Random random) {
        var pdf = new ByteArrayOutputStream(FILE_BYTES + 1024);
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.7\n");
        StringBuilder content = new StringBuilder(FILE_BYTES);
        char[] line = new char[100];
        while (content.length() < FILE_BYTES - 600) {
            for (int i = 0; i < line.length; i++) {
                line[i] = (char) ('A' + random.nextInt(26));
            }
            content.append("% ").append(line).append('\n');
        }
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(pdf, table + "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
