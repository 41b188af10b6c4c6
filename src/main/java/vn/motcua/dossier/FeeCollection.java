package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.deadline.ClockState;
import vn.motcua.deadline.ClockView;
import vn.motcua.deadline.Clocks;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.fee.Exemption;
import vn.motcua.fee.FeeCalculator;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.FeeQuote;
import vn.motcua.fee.FeeRequest;
import vn.motcua.fee.FeeSchedule;
import vn.motcua.fee.Fees;
import vn.motcua.fee.PaidBy;
import vn.motcua.fee.PaymentChannel;
import vn.motcua.fee.Payments;
import vn.motcua.fee.Receipt;
import vn.motcua.fee.Receipts;
import vn.motcua.fee.VietnameseAmount;
import vn.motcua.interagency.CitizenNotifier;
import vn.motcua.interagency.Notification;
import vn.motcua.shared.Time;

/**
 * The fee-collection step of a dossier ({@code processes/common/fee-collection.bpmn}): works out the fee
 * lines from the procedure's fee schedule and the dossier, records them, makes the dossier wait for its
 * fee (status AWAITING_FEE, clocks paused when the procedure says so, the citizen told the amount, the
 * deadline and how to pay), and acknowledges the payment, online or at the counter, with one electronic
 * receipt.
 *
 * <p>What a fee depends on comes from the call activity's inputs, else from the dossier's details of the
 * same name: {@value #PAGES}, {@value #COPIES}, {@value #CASES} (whole numbers, 1 when absent), the
 * exemption the applicant claims, {@value #CLAIMED} (the clerk confirms it), and the exemptions the model
 * grants without asking, {@value #GRANTED} (comma-separated, e.g. the birth group's child).
 */
@Service("feeCollectionService") // "feeCollection" is the name process models use for the step's expressions
@Transactional
public class FeeCollection {

    public static final String PAGES = "feePages";
    public static final String COPIES = "feeCopies";
    public static final String CASES = "feeCases";
    public static final String CLAIMED = "feeExemption";
    public static final String GRANTED = "feeExemptionsGranted";
    /** Why the dossier's clocks stopped, as the clock history shows it. */
    static final String PAUSE_REASON = "FEE";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Dossiers dossiers;
    private final Fees fees;
    private final Payments payments;
    private final Receipts receipts;
    private final Clocks clocks;
    private final WorkingCalendars calendars;
    private final CitizenNotifier notifier;
    private final String publicBaseUrl;

    FeeCollection(Dossiers dossiers, Fees fees, Payments payments, Receipts receipts, Clocks clocks, WorkingCalendars calendars,
            CitizenNotifier notifier, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.dossiers = dossiers;
        this.fees = fees;
        this.payments = payments;
        this.receipts = receipts;
        this.clocks = clocks;
        this.calendars = calendars;
        this.notifier = notifier;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * The dossier's fee before anything is recorded: the quote with the exemptions the model grants, and,
     * when the applicant claims an exemption that would change it, the quote if the clerk confirms the claim.
     *
     * @param claimed the claimed exemption that changes the fee, or null when there is nothing to confirm
     */
    public record Assessment(FeeQuote quote, Exemption claimed, FeeQuote ifConfirmed) {

        public boolean needsConfirmation() {
            return claimed != null;
        }
    }

    /** How long the applicant has to pay, and which clocks stopped meanwhile. */
    public record Awaiting(Instant dueAt, String dueText, List<String> pausedClocks) {
    }

    /** @param given the call activity's inputs by name (absent ones are taken from the dossier's details) */
    @Transactional(readOnly = true)
    public Assessment assess(String dossierCode, Map<String, ?> given) {
        Dossier dossier = dossiers.get(dossierCode);
        FeeSchedule schedule = dossiers.procedureOf(dossier).fee();
        FeeRequest request = request(dossier, given);
        FeeQuote quote = FeeCalculator.quote(schedule, request);
        Exemption claimed = claimed(dossier, given);
        if (claimed != null && !request.claimed().contains(claimed)) {
            FeeQuote ifConfirmed = FeeCalculator.quote(schedule, withClaim(request, claimed));
            if (!ifConfirmed.equals(quote)) {
                return new Assessment(quote, claimed, ifConfirmed);
            }
        }
        return new Assessment(quote, null, null);
    }

    /**
     * Records the dossier's fee lines (with the claimed exemption when the clerk confirmed it) and returns
     * them; a dossier whose lines were recorded before keeps them, so a retried step records nothing twice.
     */
    public List<FeeLine> record(String dossierCode, Map<String, ?> given, boolean claimConfirmed) {
        Dossier dossier = dossiers.get(dossierCode);
        FeeRequest request = request(dossier, given);
        Exemption claimed = claimed(dossier, given);
        if (claimConfirmed && claimed != null) {
            request = withClaim(request, claimed);
        }
        FeeQuote quote = FeeCalculator.quote(dossiers.procedureOf(dossier).fee(), request);
        return fees.record(dossierCode, quote.lines().stream().map(FeeQuote.Line::toFeeLine).toList());
    }

    /** The online payment of the dossier's fee, if the citizen made one before the step began to wait for it. */
    @Transactional(readOnly = true)
    public Optional<PaidBy> paidOnline(String dossierCode) {
        return payments.paidOf(dossierCode).map(p -> PaidBy.online(p.reference()));
    }

    /**
     * The dossier waits for its fee: status AWAITING_FEE, its running clocks paused when the procedure says so,
     * the deadline worked out in the office's working time, and the citizen told the amount, the deadline and
     * how to pay (and, when the clerk refused a claimed exemption, why).
     */
    public Awaiting await(String dossierCode, String refusedExemption, String refusalNote) {
        Dossier dossier = dossiers.get(dossierCode);
        FeeSchedule.Collection collection = dossiers.procedureOf(dossier).fee().collection();
        Instant now = Time.now();
        Instant dueAt = calendars.forOffice(dossier.officeId()).due(now, collection.paymentDeadline()).dueAt();
        String dueText = local(dueAt, dossier);
        long total = fees.totalOf(dossierCode);
        String amount = amount(total);
        dossiers.changeStatus(dossierCode, DossierStatus.AWAITING_FEE, "system", "Số tiền phải nộp: " + amount + "; hạn nộp: " + dueText);
        List<String> paused = new ArrayList<>();
        if (collection.pauseClock()) {
            for (ClockView clock : clocks.ofDossier(dossierCode)) {
                if (clock.state() == ClockState.RUNNING) {
                    clocks.pause(dossierCode, clock.key(), now, PAUSE_REASON);
                    paused.add(clock.key());
                }
            }
        }
        String refusal = refusedExemption == null ? "" : " Đề nghị miễn phí, lệ phí (" + label(refusedExemption) + ") không được chấp nhận"
                + (refusalNote == null || refusalNote.isBlank() ? "." : ": " + refusalNote.strip() + ".");
        notify(dossier, Notification.Kind.FEE_DUE, FeeNotices.due(amount, dueText, lookupUrl(dossierCode)) + refusal);
        return new Awaiting(dueAt, dueText, paused);
    }

    /** The clocks the step paused run again: the fee is paid. */
    public void resumeClocks(String dossierCode, List<String> keys) {
        Instant now = Time.now();
        for (String key : keys) {
            clocks.find(dossierCode, key).filter(c -> c.state() == ClockState.PAUSED)
                    .ifPresent(c -> clocks.resume(dossierCode, key, now));
        }
    }

    /**
     * The clerk took the fee at the counter: the dossier takes no online payment any more (a pending request
     * is closed, so a late one is refused and refunded by the gateway), and the payment gets its reference.
     */
    public PaidBy paidAtCounter(String dossierCode) {
        payments.closePending(dossierCode);
        return PaidBy.counter();
    }

    /** The time to pay is up: a pending online request is closed, so a late payment is refused. */
    public void stopTakingPayments(String dossierCode) {
        payments.closePending(dossierCode);
    }

    /**
     * A dossier that has ended (withdrawn by the applicant, refused, returned or finished) takes no online payment:
     * its pending request is closed in the same transaction, so a payment the citizen still makes on the gateway's
     * page is refused and given back, not kept for a dossier nobody will handle.
     */
    @EventListener
    void stopTakingPaymentsWhenTheDossierEnds(DossierStatusChanged change) {
        if (change.status().isFinal()) {
            payments.closePending(change.code());
        }
    }

    /**
     * The electronic receipt of the payment; issued once per payment, so a retried step or a repeated call
     * returns the same receipt. Online, the applicant is the payer.
     */
    public Receipt issueReceipt(String dossierCode, PaidBy paidBy, String payerName, String payerIdNumber) {
        Dossier dossier = dossiers.get(dossierCode);
        boolean applicantPays = paidBy.channel() == PaymentChannel.ONLINE || payerName == null || payerName.isBlank();
        String name = applicantPays ? dossier.applicant().name() : payerName;
        String idNumber = applicantPays ? dossier.applicant().idNumber().value() : blankToNull(payerIdNumber);
        return receipts.issue(dossier.officeId(), dossierCode, name, idNumber, fees.linesOf(dossierCode), paidBy);
    }

    /** Tells the citizen the fee was paid, with the link to the receipt. */
    public void tellPaid(String dossierCode, Receipt receipt) {
        notify(dossiers.get(dossierCode), Notification.Kind.FEE_PAID,
                FeeNotices.paid(amount(receipt.amountVnd()), receipt.numberText(), receipts.lookupUrl(receipt.id())));
    }

    /** Reminds the citizen, once per online request, that it waits unpaid. */
    public void remind(String dossierCode, String dueText) {
        notify(dossiers.get(dossierCode), Notification.Kind.PAYMENT_REMINDER,
                FeeNotices.reminder(amount(fees.totalOf(dossierCode)), dueText, lookupUrl(dossierCode)));
    }

    /** Tells the citizen an online request expired unpaid, and that a new one can be opened until the deadline. */
    public void tellRequestExpired(String dossierCode, String dueText) {
        notify(dossiers.get(dossierCode), Notification.Kind.PAYMENT_EXPIRED, FeeNotices.requestExpired(dueText, lookupUrl(dossierCode)));
    }

    /** The Vietnamese name of an exemption category, e.g. "Hộ nghèo". */
    public static String label(String exemption) {
        return Exemption.valueOf(exemption).label();
    }

    /** "24.000 đồng (Hai mươi bốn nghìn đồng)". */
    public static String amount(long vnd) {
        return VietnameseAmount.inFigures(vnd) + " (" + VietnameseAmount.inWords(vnd) + ")";
    }

    /** The lines as a Markdown list for the task forms, with the exemption that brought a line to 0. */
    public static String linesText(List<FeeLine> lines) {
        if (lines.isEmpty()) {
            return "(thủ tục không thu phí, lệ phí)";
        }
        return lines.stream().map(l -> "- " + l.description() + ": " + VietnameseAmount.inFigures(l.amountVnd())
                + (l.exemption() == null ? "" : " (miễn: " + label(l.exemption()) + ")")).collect(Collectors.joining("\n"));
    }

    private void notify(Dossier dossier, Notification.Kind kind, String message) {
        notifier.notify(new Notification(dossier.code(), kind, dossier.applicant().phone(), dossier.applicant().email(), message));
    }

    private String local(Instant at, Dossier dossier) {
        ZoneId zone = calendars.forOffice(dossier.officeId()).zone();
        return LOCAL.format(LocalDateTime.ofInstant(at, zone));
    }

    private String lookupUrl(String dossierCode) {
        return publicBaseUrl + "/api/public/dossiers/" + dossierCode;
    }

    private static FeeRequest request(Dossier dossier, Map<String, ?> given) {
        Set<Exemption> granted = EnumSet.noneOf(Exemption.class);
        String grantedText = text(dossier, given, GRANTED);
        if (grantedText != null) {
            Arrays.stream(grantedText.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(code -> granted.add(exemption(GRANTED, code)));
        }
        return new FeeRequest(vn.motcua.fee.Channel.valueOf(dossier.channel().name()), count(dossier, given, PAGES),
                count(dossier, given, COPIES), count(dossier, given, CASES), granted);
    }

    private static FeeRequest withClaim(FeeRequest request, Exemption claimed) {
        Set<Exemption> all = EnumSet.of(claimed);
        all.addAll(request.claimed());
        return new FeeRequest(request.channel(), request.pages(), request.copies(), request.cases(), all);
    }

    private static Exemption claimed(Dossier dossier, Map<String, ?> given) {
        String claimed = text(dossier, given, CLAIMED);
        return claimed == null ? null : exemption(CLAIMED, claimed.strip());
    }

    private static Exemption exemption(String name, String code) {
        try {
            return Exemption.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": '" + code + "' is not one of "
                    + Arrays.stream(Exemption.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    private static int count(Dossier dossier, Map<String, ?> given, String name) {
        String value = text(dossier, given, name);
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number of at least 1");
    }

    /** The call activity's input, else the dossier's detail of that name; null when neither has a value. */
    private static String text(Dossier dossier, Map<String, ?> given, String name) {
        Object value = given == null ? null : given.get(name);
        if (value == null || value.toString().isBlank()) {
            value = dossier.details().get(name);
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
