package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import vn.motcua.digitisation.PdfBudget;
import vn.motcua.shared.Time;

/**
 * Signs PDFs: PAdES-B-B (SubFilter ETSI.CAdES.detached, signing-certificate-v2), with a visible stamp at the
 * top left of page 1 and, when a {@link TimeStampAuthority} is configured, a signature time-stamp (PAdES-B-T).
 * Each signature is an incremental update, so the signatures already on the document stay valid. Thread-safe.
 */
public class PdfSigner {

    /**
     * Room for the CMS in the file (written twice its size, in hex): the certificate chain and signature take
     * 3–4 kB with RSA 2048, a time-stamp token with its own certificates as much again. Writing the room is a good
     * part of the cost of a signature, so it is no larger than needed.
     */
    private static final int SIGNATURE_SIZE = 8 * 1024;
    private static final int TIME_STAMP_SIZE = 8 * 1024;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Signer signer;
    private final TimeStampAuthority timeStamps;
    private final SignatureStamp stamp = new SignatureStamp();
    private final PdfBudget budget;

    /** Reads within the standard {@link PdfBudget}; @param timeStamps the time-stamping authority, or null to sign without time-stamps */
    public PdfSigner(Signer signer, TimeStampAuthority timeStamps) {
        this(signer, timeStamps, PdfBudget.standard());
    }

    /** @param timeStamps the time-stamping authority, or null to sign without time-stamps */
    public PdfSigner(Signer signer, TimeStampAuthority timeStamps, PdfBudget budget) {
        this.signer = signer;
        this.timeStamps = timeStamps;
        this.budget = budget;
    }

    /**
     * The PDF with one more signature by {@code identity}, made now (the engine's time), with this reason (in
     * Vietnamese; shown on the stamp), read within the {@link PdfBudget}. Throws {@link NoSigningKey} when the identity
     * has no key, IllegalArgumentException when {@code pdf} is not a readable, unencrypted PDF and
     * {@code PdfOverBudget} when reading it takes more than the budget.
     */
    public byte[] sign(byte[] pdf, SigningIdentity identity, String reason) {
        X509Certificate certificate = signer.certificateChain(identity).get(0);
        String name = Certificates.commonName(certificate);
        ZonedDateTime now = Time.now().atZone(VIETNAM);
        try {
            return budget.read(pdf, document -> {
                if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                    throw new IllegalArgumentException("cannot sign an encrypted PDF or one without pages");
                }
                return signed(document, pdf.length, identity, name, now, reason);
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private byte[] signed(PDDocument document, int length, SigningIdentity identity, String name, ZonedDateTime now,
            String reason) {
        try (SignatureOptions options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setSignDate(GregorianCalendar.from(now));

            PDPage first = document.getPage(0);
            int earlier = document.getSignatureDictionaries().size();
            options.setPage(0);
            options.setPreferredSignatureSize(SIGNATURE_SIZE + (timeStamps == null ? 0 : TIME_STAMP_SIZE));
            options.setVisualSignature(stamp.template(first.getMediaBox(), SignatureStamp.area(first.getCropBox(), earlier),
                    name, now, reason));
            document.addSignature(signature, options);

            var signed = new ByteArrayOutputStream(length + 2 * SIGNATURE_SIZE + 64 * 1024);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
            byte[] content = external.getContent().readAllBytes();
            // the time-stamping authority has its own timeout
            external.setSignature(PdfBudget.notCounting(() -> CmsSignatures.create(content, identity, signer, timeStamps)));
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign a PDF as " + identity.alias(), e);
        }
    }
}
