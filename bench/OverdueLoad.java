import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Latency of GET /api/reports/overdue (issue 8): one supervisor asking again and again, one request at a time,
 * after a warm-up. Usage: java bench/OverdueLoad.java BASE_URL USER PASSWORD WARMUP MEASURED [QUERY...]
 * Each QUERY (e.g. "" or "stage=STAGE_POLICE&sort=due") is measured on its own; prints p50, p95, p99 and max.
 */
public class OverdueLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int warmup = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        List<String> queries = args.length > 5 ? List.of(args).subList(5, args.length) : List.of("");
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf("%-45s %8s %8s %8s %8s %8s %12s%n", "query", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "overdue+soon");
        for (String query : queries) {
            var request = HttpRequest.newBuilder(URI.create(base + "/api/reports/overdue?" + query))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build();
            String body = "";
            for (int i = 0; i < warmup; i++) {
                body = send(http, request);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                body = send(http, request);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            String total = body.replaceAll("(?s).*\"counts\":\\{\"overdue\":(\\d+),\"dueSoon\":(\\d+)}.*", "$1+$2");
            System.out.printf("%-45s %8d %8.1f %8.1f %8.1f %8.1f %12s%n", query.isEmpty() ? "(none)" : query, measured,
                    at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1), total);
        }
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
    }
}
