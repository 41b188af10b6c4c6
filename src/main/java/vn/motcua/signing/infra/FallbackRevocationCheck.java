package vn.motcua.signing.infra;

import java.security.cert.X509Certificate;

import vn.motcua.signing.RevocationCheck;
import vn.motcua.signing.RevocationStatus;

/** Asks one source (OCSP) and, when it has no answer, another (CRLs). */
public class FallbackRevocationCheck implements RevocationCheck {

    private final RevocationCheck first;
    private final RevocationCheck then;

    public FallbackRevocationCheck(RevocationCheck first, RevocationCheck then) {
        this.first = first;
        this.then = then;
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer) {
        RevocationStatus answer = first.status(certificate, issuer);
        if (answer.state() != RevocationStatus.State.UNKNOWN) {
            return answer;
        }
        RevocationStatus fallback = then.status(certificate, issuer);
        return fallback.state() != RevocationStatus.State.UNKNOWN ? fallback
                : RevocationStatus.unknown(answer.detail() + "; " + fallback.detail());
    }
}
