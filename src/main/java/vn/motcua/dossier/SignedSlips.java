package vn.motcua.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.digitisation.IssuedPdf;
import vn.motcua.dossier.slip.AppointmentSlip;
import vn.motcua.dossier.slip.AppointmentSlipPdf;
import vn.motcua.dossier.slip.RenderedPdf;
import vn.motcua.shared.Time;
import vn.motcua.signing.PdfSigner;
import vn.motcua.signing.SigningIdentity;

/**
 * The receipt and appointment slip (form 01) as the applicant gets it: signed by the office and kept in the document
 * store (in the applicant's store too) the first time it is asked for at the dossier's current appointment. Its QR
 * code leads to {@code GET /api/public/verify/{documentId}}, which checks the very bytes the applicant holds, and
 * every later download gives those bytes. A new appointment (after a supplement or an apology) gives a new slip.
 */
@Component
class SignedSlips {

    static final String SIGNING_REASON = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
    /** The code the slips are kept under in the document store. */
    static final String COMPONENT_CODE = "GIAY_TIEP_NHAN";

    private final JdbcClient jdbc;
    private final KeptPdfs kept;
    private final PdfSigner signer;
    private final AppointmentSlipPdf pdf = new AppointmentSlipPdf();
    private final String publicBaseUrl;

    SignedSlips(JdbcClient jdbc, KeptPdfs kept, PdfSigner signer, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.signer = signer;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * The signed slip of the dossier at its current appointment: the kept one, or this one signed and kept now. Two
     * first downloads at once keep one slip: the second serves the first's.
     */
    byte[] of(Dossier dossier, AppointmentSlip unsigned) {
        Optional<byte[]> earlier = keptId(dossier.code(), dossier.dueAt()).flatMap(kept::content);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        UUID id = UUID.randomUUID();
        RenderedPdf rendered = pdf.render(unsigned.toVerifyAt(publicBaseUrl + "/api/public/verify/" + id));
        byte[] signed = signer.sign(rendered.content(), SigningIdentity.office(dossier.officeId()), SIGNING_REASON);
        var document = new IssuedPdf(id, List.of(dossier.applicant().idNumber().value()), "giay-tiep-nhan-" + dossier.code() + ".pdf",
                signed, rendered.pages(), "system", COMPONENT_CODE);
        boolean ours = kept.keep(document, () -> jdbc.sql(
                "insert into mc_dossier_slip (dossier_code, due_at, document_id, issued_at) values (?, ?, ?, ?)")
                .params(dossier.code(), utc(dossier.dueAt()), id, utc(Time.now())).update());
        return ours ? signed : keptId(dossier.code(), dossier.dueAt()).flatMap(kept::content).orElseThrow();
    }

    /** The id of the slip kept for the dossier at this appointment, if any. */
    Optional<UUID> keptId(String dossierCode, Instant dueAt) {
        return jdbc.sql("select document_id from mc_dossier_slip where dossier_code = ? and due_at = ?")
                .params(dossierCode, utc(dueAt)).query(UUID.class).optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
