package vn.motcua.signing.infra;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.motcua.signing.RevocationCheck;
import vn.motcua.signing.RevocationStatus;

/**
 * A revocation responder that answers like the CA's CRL or OCSP service would: GOOD for every certificate
 * of the issuer except those {@link #revoke revoked} here (in tests and demos).
 */
public class SimulatedRevocationCheck implements RevocationCheck {

    private final Map<Key, Instant> revoked = new ConcurrentHashMap<>();

    /** From now on the responder reports this certificate revoked at {@code at}. */
    public void revoke(X509Certificate certificate, Instant at) {
        revoked.put(new Key(certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber()), at);
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer) {
        Instant at = revoked.get(new Key(certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber()));
        return at == null ? RevocationStatus.good() : RevocationStatus.revoked(at, "KEY_COMPROMISE");
    }

    private record Key(String issuer, BigInteger serial) {
    }
}
