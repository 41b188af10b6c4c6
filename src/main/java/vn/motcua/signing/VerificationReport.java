package vn.motcua.signing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@link PdfVerifier} found: the document is valid when it has at least one signature and no
 * problem at all.
 *
 * @param signatures every signature, in the order they were made
 * @param problems   every problem, of the document or of a signature (then {@link Problem#signature()} is its number)
 */
public record VerificationReport(boolean valid, List<Signature> signatures, List<Problem> problems) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        problems = List.copyOf(problems);
    }

    static VerificationReport of(List<Signature> signatures, List<Problem> problems) {
        return new VerificationReport(!signatures.isEmpty() && problems.isEmpty(), signatures, problems);
    }

    /** Whether some problem has this code. */
    public boolean has(ProblemCode code) {
        return problems.stream().anyMatch(p -> p.code().equals(code.name()));
    }

    /**
     * One signature.
     *
     * @param number      1 for the first signature made, 2 for the next, …
     * @param signer      the signer's name (common name of the certificate)
     * @param signedAt    the time of the time-stamp when there is a valid one, else the time the signer claims
     * @param timeStamped whether a valid time-stamp vouches for {@code signedAt}
     */
    public record Signature(int number, String signer, OffsetDateTime signedAt, String reason, boolean valid,
            boolean timeStamped) {
    }

    /**
     * A problem.
     *
     * @param code      a {@link ProblemCode} name
     * @param message   in Vietnamese
     * @param signature the number of the signature it is about, or null for the document
     */
    public record Problem(String code, String message, Integer signature) {

        static Problem of(ProblemCode code, Integer signature, String detail) {
            return new Problem(code.name(), detail == null ? code.message() : code.message() + " " + detail, signature);
        }
    }
}
