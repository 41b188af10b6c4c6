package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.catalog.Procedure;
import vn.motcua.deadline.WorkingCalendars;
import vn.motcua.digitisation.Documents;
import vn.motcua.fee.FeeLine;
import vn.motcua.fee.Fees;
import vn.motcua.fee.Payments;
import vn.motcua.fee.Receipts;
import vn.motcua.fee.VietnameseAmount;
import vn.motcua.dossier.slip.AppointmentSlip;
import vn.motcua.dossier.slip.SlipComponent;
import vn.motcua.identity.Offices;
import vn.motcua.shared.Conflict;
import vn.motcua.shared.NotFound;

/** What the public API offers a citizen about dossiers, in the form the citizen reads it. */
@Service
public class PublicDossiers {

    private final OnlineIntake intake;
    private final Supplements supplements;
    private final Dossiers dossiers;
    private final Offices offices;
    private final Documents documents;
    private final WorkingCalendars calendars;
    private final Fees fees;
    private final Payments payments;
    private final Receipts receipts;
    private final SignedSlips slips;
    private final String publicBaseUrl;

    PublicDossiers(OnlineIntake intake, Supplements supplements, Dossiers dossiers, Offices offices, Documents documents, WorkingCalendars calendars,
            Fees fees, Payments payments, Receipts receipts, SignedSlips slips, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.intake = intake;
        this.supplements = supplements;
        this.dossiers = dossiers;
        this.offices = offices;
        this.documents = documents;
        this.calendars = calendars;
        this.fees = fees;
        this.payments = payments;
        this.receipts = receipts;
        this.slips = slips;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Opens an uploaded file's content; may be called more than once. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** A file part of the submission: its part name is the component code. */
    public record File(String part, String fileName, long size, Content content) {
    }

    public record Submission(String applicationJson, List<File> files, String idempotencyKey) {
    }

    public record Outcome(DossierView view, boolean replayed) {
    }

    /** Where and until when the citizen pays the dossier's fees online. */
    public record PaymentOffer(String reference, String paymentUrl, long amount, Instant expiresAt) {
    }

    public record DocumentContent(String fileName, String mediaType, byte[] content) {
    }

    public Outcome submit(Submission submission) {
        var outcome = intake.submit(submission.applicationJson(), submission.files(), submission.idempotencyKey());
        return new Outcome(view(outcome.dossier()), outcome.replayed());
    }

    public DossierView lookup(String code, String idNumber) {
        return view(dossiers.lookup(code, idNumber));
    }

    /** The files a supplement request asked for; the dossier's process goes on. */
    public DossierView supplement(String code, String idNumber, List<File> files) {
        return view(supplements.supplement(code, idNumber, files));
    }

    public DossierView withdraw(String code, String idNumber, String reason) {
        return view(dossiers.withdraw(code, idNumber, reason));
    }

    /**
     * A payment request for the dossier's recorded fees, for its applicant only; the pending one if there is
     * one. A dossier without fees to pay, or not waiting for its fee (not yet, paid already, or its time to pay
     * is up), is a {@link Conflict}.
     */
    public PaymentOffer requestPayment(String code, String idNumber) {
        Dossier dossier = dossiers.lookup(code, idNumber);
        long total = fees.totalOf(dossier.code());
        if (total <= 0) {
            throw new Conflict("dossier " + code + " has no fee to pay");
        }
        if (dossier.status() != DossierStatus.AWAITING_FEE) {
            throw new Conflict("dossier " + code + " is not awaiting its fee (status " + dossier.status() + ")");
        }
        var request = payments.request(dossier.code(), total, "Phí, lệ phí hồ sơ " + dossier.code());
        return new PaymentOffer(request.reference(), request.paymentUrl(), total, request.expiresAt());
    }

    /**
     * The receipt and appointment slip (form 01) of the dossier, signed by the office; the same bytes at every download
     * until the appointment moves (see {@link SignedSlips}). A dossier awaiting reception has none yet ({@link Conflict}).
     */
    public byte[] slip(String code, String idNumber) {
        Dossier dossier = dossiers.lookup(code, idNumber);
        if (dossier.dueAt() == null) {
            throw new Conflict("dossier " + code + " awaits reception: its receipt and appointment slip is issued when it is accepted");
        }
        Procedure procedure = dossiers.procedureOf(dossier);
        var office = offices.get(dossier.officeId());
        ZoneId zone = zoneOf(dossier);
        List<SlipComponent> components = dossier.components().stream().map(c -> new SlipComponent(
                procedure.component(c.componentCode()).map(p -> p.name().vi()).orElse(c.componentCode()),
                c.reused() ? "Tái sử dụng từ kho dữ liệu điện tử" : noteOf(c.documentId()))).toList();
        return slips.of(dossier, new AppointmentSlip(office.name(), office.code(), dossier.code(), procedure.name().vi(),
                dossier.applicant().name(), dossier.applicant().idNumber().value(), dossier.applicant().phone(),
                dossier.applicant().address(), dossier.channel().label(), components, dossier.receivedAt().atZone(zone),
                dossier.dueAt().atZone(zone), dossier.receivedBy() == null ? "Cổng dịch vụ công" : dossier.receivedBy(),
                lookupUrl(dossier.code())));
    }

    /** A document that belongs to the dossier, for its applicant only. */
    public DocumentContent document(String code, String documentId, String idNumber) {
        Dossier dossier = dossiers.lookup(code, idNumber);
        UUID id = parse(documentId);
        boolean belongs = dossier.hasComponentDocument(id) || dossier.results().stream().anyMatch(r -> r.documentId().equals(id));
        var document = documents.find(id).filter(d -> belongs)
                .orElseThrow(() -> new NotFound("dossier " + code + " has no document " + documentId));
        return new DocumentContent(document.fileName(), document.format().mediaType(), documents.bytes(document));
    }

    private DossierView view(Dossier dossier) {
        String who = "?idNumber=" + dossier.applicant().idNumber().value();
        return view(dossier, id -> "/api/public/dossiers/" + dossier.code() + "/documents/" + id + who, false);
    }

    /**
     * The dossier as the staff of its office see it: documents opened through the staff API, and for each component
     * who handed it in, when, and its earlier versions.
     */
    DossierView staffView(Dossier dossier) {
        return view(dossier, id -> "/api/dossiers/" + dossier.code() + "/documents/" + id, true);
    }

    private DossierView view(Dossier dossier, Function<UUID, String> documentUrl, boolean withVersions) {
        Procedure procedure = dossiers.procedureOf(dossier);
        ZoneId zone = zoneOf(dossier);
        String base = "/api/public/dossiers/" + dossier.code();
        String who = "?idNumber=" + dossier.applicant().idNumber().value();
        return new DossierView(dossier.code(), new DossierView.Named(procedure.code(), procedure.name().vi()),
                new DossierView.Named(dossier.officeId(), offices.get(dossier.officeId()).name()), dossier.channel().name(),
                dossier.status().name(), dossier.status().label(), at(dossier.receivedAt(), zone), at(dossier.dueAt(), zone),
                at(dossier.finishedAt(), zone),
                dossier.history().stream().filter(Dossier.Event::publicEvent).map(e -> new DossierView.Step(e.status().name(),
                        e.status().label(), at(e.at(), zone), e.reason())).toList(),
                dossier.components().stream().map(c -> component(dossier, c, procedure, zone, documentUrl, withVersions)).toList(),
                dossier.results().stream().map(r -> new DossierView.Document(r.resultCode(),
                        procedure.results().stream().filter(p -> p.code().equals(r.resultCode())).map(p -> p.name().vi())
                                .findFirst().orElse(r.resultCode()),
                        documentUrl.apply(r.documentId()), false)).toList(),
                dossier.dueAt() == null ? null : base + "/slip" + who, lookupUrl(dossier.code()), feeOf(dossier, base));
    }

    /** The component's current document; with its versions, who handed each in and when, for staff. */
    private static DossierView.Document component(Dossier dossier, Dossier.ComponentDocument current, Procedure procedure, ZoneId zone,
            Function<UUID, String> documentUrl, boolean withVersions) {
        String name = procedure.component(current.componentCode()).map(p -> p.name().vi()).orElse(current.componentCode());
        String url = documentUrl.apply(current.documentId());
        if (!withVersions) {
            return new DossierView.Document(current.componentCode(), name, url, current.reused());
        }
        List<Dossier.ComponentVersion> versions = dossier.versionsOf(current.componentCode());
        var last = versions.get(versions.size() - 1);
        List<DossierView.Version> earlier = versions.subList(0, versions.size() - 1).stream()
                .map(v -> new DossierView.Version(v.version(), documentUrl.apply(v.documentId()), v.reused(), v.addedBy(), at(v.addedAt(), zone)))
                .toList();
        return new DossierView.Document(current.componentCode(), name, url, current.reused(), last.version(), last.addedBy(),
                at(last.addedAt(), zone), earlier);
    }

    /** The dossier's fee lines and receipts; null when no fee was recorded (yet, or ever). */
    private DossierView.Fee feeOf(Dossier dossier, String base) {
        List<FeeLine> lines = fees.linesOf(dossier.code());
        if (lines.isEmpty()) {
            return null;
        }
        long total = lines.stream().mapToLong(FeeLine::amountVnd).sum();
        return new DossierView.Fee(lines.stream().map(l -> new DossierView.FeeLine(l.description(), l.amountVnd(),
                        l.exemption() == null ? null : vn.motcua.fee.Exemption.valueOf(l.exemption()).label())).toList(),
                total, VietnameseAmount.inWords(total),
                dossier.status() == DossierStatus.AWAITING_FEE ? base + "/payments" : null,
                receipts.ofDossier(dossier.code()).stream().map(r -> new DossierView.ReceiptLink(r.numberText(),
                        r.isCancellation() ? "Hủy biên lai" : "Biên lai thu phí, lệ phí", receipts.lookupUrl(r.id()),
                        receipts.lookupUrl(r.id()) + "/pdf")).toList());
    }

    private String noteOf(UUID documentId) {
        return documents.find(documentId).map(d -> "Bản điện tử " + d.format().name()
                + (d.pages() == null ? "" : ", " + d.pages() + " trang")).orElse("Bản điện tử");
    }

    private String lookupUrl(String code) {
        return publicBaseUrl + "/api/public/dossiers/" + code;
    }

    private ZoneId zoneOf(Dossier dossier) {
        return calendars.forOffice(dossier.officeId()).zone();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("no document " + id);
        }
    }
}
