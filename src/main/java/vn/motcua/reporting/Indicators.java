package vn.motcua.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Decision 766/QĐ-TTg groups computed from the same tallies as the periodic report: progress (20),
 * online payment (10), digitisation (22) and satisfaction (18). Transparency (18) and online service (12)
 * are measured on the national portal and are listed as not computed.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final PeriodicReports reports;

    Indicators(PeriodicReports reports) {
        this.reports = reports;
    }

    public IndicatorReport of(ReportPeriod period) {
        Instant asOf = reports.asOf(period);
        Tally t = PeriodicReports.total(reports.tallies(period, asOf));
        List<IndicatorReport.Group> groups = List.of(progress(t), onlinePayment(t), digitisation(t), satisfaction(t));
        double score = groups.stream().map(IndicatorReport.Group::score).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        int maximum = groups.stream().filter(g -> g.score() != null).mapToInt(IndicatorReport.Group::maximum).sum();
        return new IndicatorReport(period.officeRefs(), period.from(), period.to(), asOf.atZone(reports.zone()).toOffsetDateTime(),
                reports.earlyRule(), maximum == 0 ? null : round(score), maximum, groups,
                List.of(new IndicatorReport.NotComputed("TRANSPARENCY", "Công khai, minh bạch", 18,
                                "Đo trên Cổng dịch vụ công quốc gia (công khai thủ tục, tiến độ); hệ thống không có dữ liệu này"),
                        new IndicatorReport.NotComputed("ONLINE_SERVICE", "Cung cấp dịch vụ công trực tuyến", 12,
                                "Đo trên Cổng dịch vụ công quốc gia theo danh mục thủ tục; số hồ sơ trực tuyến có trong báo cáo định kỳ")));
    }

    /** Dossiers early or on time, with those in process counted on time while within term; more than one supplement request counts as overdue. */
    private static IndicatorReport.Group progress(Tally t) {
        long base = t.resolved() + t.inProcess();
        long timely = timely(t);
        var inputs = inputs("resolved", t.resolved(), "resolvedEarly", t.resolvedEarly(), "resolvedOnTime", t.resolvedOnTime(),
                "resolvedOverdue", t.resolvedOverdue(), "inProcess", t.inProcess(), "inProcessWithinTerm", t.inProcessWithinTerm(),
                "inProcessOverdue", t.inProcessOverdue(), "timelyButSupplementedMoreThanOnce", t.timelyWithRepeatedSupplement(),
                "counted", timely);
        return new IndicatorReport.Group("PROGRESS", "Tiến độ giải quyết", score(20, timely, base), 20,
                "20 × (trước hạn + đúng hạn + đang giải quyết trong hạn − hồ sơ yêu cầu bổ sung quá 1 lần) / (đã giải quyết + đang giải quyết)",
                inputs);
    }

    private static long timely(Tally t) {
        return t.resolvedEarly() + t.resolvedOnTime() + t.inProcessWithinTerm() - t.timelyWithRepeatedSupplement();
    }

    private static IndicatorReport.Group onlinePayment(Tally t) {
        return new IndicatorReport.Group("ONLINE_PAYMENT", "Thanh toán trực tuyến", score(10, t.paidOnline(), t.feeBearing()), 10,
                "10 × hồ sơ đã thanh toán trực tuyến / hồ sơ phải nộp phí, lệ phí (tiếp nhận trong kỳ)",
                inputs("feeBearing", t.feeBearing(), "paidOnline", t.paidOnline()));
    }

    /** Electronic results, digitised dossiers and reuse of digitised data, weighted equally. */
    private static IndicatorReport.Group digitisation(Tally t) {
        List<Double> rates = new ArrayList<>();
        rate(rates, t.electronicResults(), t.finished());
        rate(rates, t.digitised(), t.received());
        rate(rates, t.reused(), t.received());
        Double score = rates.isEmpty() ? null : round(22 * rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        return new IndicatorReport.Group("DIGITISATION", "Số hóa hồ sơ, kết quả", score, 22,
                "22 × trung bình của: kết quả điện tử / hồ sơ có kết quả; hồ sơ được số hóa / hồ sơ tiếp nhận; hồ sơ tái sử dụng dữ liệu số hóa / hồ sơ tiếp nhận",
                inputs("finished", t.finished(), "electronicResults", t.electronicResults(), "received", t.received(),
                        "digitised", t.digitised(), "reused", t.reused()));
    }

    /** 100 % − (overdue % + % of resolved dossiers rated dissatisfied); complaints are not recorded by this system. */
    private static IndicatorReport.Group satisfaction(Tally t) {
        long base = t.resolved() + t.inProcess();
        Double score = null;
        if (base > 0) {
            double overdue = (double) (base - timely(t)) / base;
            double dissatisfied = t.resolved() == 0 ? 0 : (double) t.ratings().dissatisfied() / t.resolved();
            score = round(18 * Math.max(0, 1 - overdue - dissatisfied));
        }
        return new IndicatorReport.Group("SATISFACTION", "Mức độ hài lòng", score, 18,
                "18 × (100 % − tỷ lệ quá hạn − tỷ lệ hồ sơ đã giải quyết bị đánh giá không hài lòng)",
                inputs("resolved", t.resolved(), "inProcess", t.inProcess(), "overdue", base - timely(t),
                        "ratedVerySatisfied", t.ratings().verySatisfied(), "ratedSatisfied", t.ratings().satisfied(),
                        "ratedAcceptable", t.ratings().acceptable(), "ratedDissatisfied", t.ratings().dissatisfied(),
                        "complaints", 0));
    }

    private static void rate(List<Double> rates, long part, long whole) {
        if (whole > 0) {
            rates.add((double) part / whole);
        }
    }

    private static Double score(int maximum, long part, long whole) {
        return whole == 0 ? null : round(maximum * (double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> inputs(Object... pairs) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            inputs.put((String) pairs[i], pairs[i + 1]);
        }
        return inputs;
    }
}
