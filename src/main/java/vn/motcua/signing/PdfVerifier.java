package vn.motcua.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

import vn.motcua.digitisation.PdfBudget;
import vn.motcua.digitisation.PdfOverBudget;

/**
 * Verifies every signature of a PDF: that the bytes it covers are unchanged and its CMS signature holds, that
 * its certificate chains to a configured trust anchor, was valid when it signed, may sign and is not revoked,
 * and that nothing was added after the last signature. Thread-safe.
 */
public class PdfVerifier {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final SignatureCheck check;
    private final PdfBudget budget;

    /** Reads within the standard {@link PdfBudget}. */
    public PdfVerifier(TrustAnchors trustAnchors, RevocationCheck revocation) {
        this(trustAnchors, revocation, PdfBudget.standard());
    }

    public PdfVerifier(TrustAnchors trustAnchors, RevocationCheck revocation, PdfBudget budget) {
        this.check = new SignatureCheck(trustAnchors, revocation);
        this.budget = budget;
    }

    /** Whether these bytes look like a PDF at all (the header within the first kilobyte, as readers accept it). */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - PDF_HEADER.length, 1024);
        for (int start = 0; start <= limit; start++) {
            int i = 0;
            while (i < PDF_HEADER.length && bytes[start + i] == PDF_HEADER[i]) {
                i++;
            }
            if (i == PDF_HEADER.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report on this PDF; never throws for a bad or tampered file, it reports it. Throws
     * {@link PdfOverBudget} for a file that takes more than the {@link PdfBudget} to read.
     */
    public VerificationReport verify(byte[] pdf) {
        if (!looksLikePdf(pdf)) {
            return VerificationReport.of(List.of(), List.of(VerificationReport.Problem.of(ProblemCode.UNREADABLE_PDF, null, null)));
        }
        List<PDSignature> dictionaries;
        try {
            dictionaries = budget.read(pdf, document -> new ArrayList<>(document.getSignatureDictionaries()));
        } catch (PdfOverBudget over) {
            throw over;
        } catch (IOException | RuntimeException e) {
            return VerificationReport.of(List.of(), List.of(VerificationReport.Problem.of(ProblemCode.UNREADABLE_PDF, null, null)));
        }
        if (dictionaries.isEmpty()) {
            return VerificationReport.of(List.of(), List.of(VerificationReport.Problem.of(ProblemCode.NOT_SIGNED, null, null)));
        }
        dictionaries.sort(Comparator.comparingLong(PdfVerifier::coveredUpTo));
        List<VerificationReport.Signature> signatures = new ArrayList<>();
        List<VerificationReport.Problem> problems = new ArrayList<>();
        for (int i = 0; i < dictionaries.size(); i++) {
            signatures.add(check.verify(pdf, dictionaries.get(i), i + 1, problems));
        }
        if (coveredUpTo(dictionaries.get(dictionaries.size() - 1)) != pdf.length) {
            problems.add(VerificationReport.Problem.of(ProblemCode.CHANGED_AFTER_SIGNING, dictionaries.size(), null));
        }
        return VerificationReport.of(signatures, problems);
    }

    /** Where the bytes a signature covers end (its revision of the file). */
    private static long coveredUpTo(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }
}
