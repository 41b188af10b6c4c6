import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the reports (issue 8): one client asks each report WARMUP times, then MEASURED times, and prints
 * p50, p95 and max; then imports a generated CSV of IMPORT_ROWS past dossiers and prints how long it took until
 * the job was DONE. JDK only: `java bench/ReportsLoad.java URL USER PASSWORD WARMUP MEASURED IMPORT_ROWS`
 * (see bench/reports.sh, which generates the data first).
 */
public class ReportsLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String authorization;

    public static void main(String[] args) throws Exception {
        base = args[0];
        authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int warmup = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        int importRows = Integer.parseInt(args[5]);

        if (measured == 0) {
            importFile(importRows);
            return;
        }
        measure("periodic, province, 2026 Q3 (history)", "/api/reports/periodic?office=all&from=2026-07-01&to=2026-09-30", warmup, measured);
        measure("periodic, province, 2026 Q4 (100k open)", "/api/reports/periodic?office=all&from=2026-10-01&to=2026-12-31", warmup, measured);
        measure("periodic, province, 2024 Q2 (history)", "/api/reports/periodic?office=all&from=2024-04-01&to=2024-06-30", warmup, measured);
        measure("periodic, one office, 2026 Q3", "/api/reports/periodic?office=000.00.21.H56&from=2026-07-01&to=2026-09-30", warmup, measured);
        measure("periodic XLSX, province, 2026 Q3", "/api/reports/periodic?office=all&from=2026-07-01&to=2026-09-30&format=xlsx", warmup, measured);
        measure("indicators, province, 2026 Q3", "/api/reports/indicators?office=all&from=2026-07-01&to=2026-09-30", warmup, measured);
        // the overdue list (issue 8, the other half): all of the user's offices when no office is named
        if (get("/api/reports/overdue").statusCode() == 404) {
            System.out.println("overdue list: GET /api/reports/overdue is not on this build (404), not measured");
        } else {
            measure("overdue list, province (first 50)", "/api/reports/overdue", warmup, measured);
        }
        if (importRows > 0) {
            importFile(importRows);
        }
    }

    static void measure(String name, String path, int warmup, int measured) throws Exception {
        for (int i = 0; i < warmup; i++) {
            check(get(path), name);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            check(get(path), name);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("%-42s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", name, measured, percentile(micros, 50) / 1000.0,
                percentile(micros, 95) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void check(HttpResponse<String> response, String name) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).header("Accept", "*/*")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void importFile(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("code,office,procedure,field,channel,received,appointment,finished,status,fee,paidOnline\n");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        for (int i = 0; i < rows; i++) {
            int day = 1 + i % 28;
            int month = 1 + (i / 28) % 12;
            csv.append("IMP-").append(run).append('-').append(i).append(',').append(i % 2 == 0 ? "000.00.21.H56" : "xa-binh-hoa")
                    .append(",P.").append(i % 24).append(',').append(i % 3 == 0 ? "Hộ tịch" : "\"Đất đai, nhà ở\"")
                    .append(',').append(i % 10 < 6 ? "ONLINE" : "COUNTER")
                    .append(String.format(",2020-%02d-%02d 09:00,2020-%02d-%02d 17:00,%02d/%02d/2020 %02d:30,FINISHED,%d,%s%n",
                            month, day, month, Math.min(28, day + 5), Math.min(28, day + 3 + i % 5), month, 9 + i % 8,
                            i % 3 == 0 ? 20000 : 0, i % 6 == 0));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var started = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/import/dossiers")).header("Authorization", authorization)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import: HTTP " + started.statusCode() + " " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        String job = started.body();
        while (field(job, "status").equals("RUNNING")) {
            Thread.sleep(100);
            job = get(location).body();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("import of %d rows (%.1f MB): %s in %.1f s — imported %s, already present %s, rejected %s%n", rows,
                body.length / 1e6, field(job, "status"), seconds, field(job, "imported"), field(job, "alreadyPresent"), field(job, "rejected"));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
