package vn.motcua.signing;

import java.security.cert.X509Certificate;

/** Whether a certificate has been revoked by its issuer (a CRL or OCSP responder behind an adapter). */
public interface RevocationCheck {

    /** The certificate's status as its issuer publishes it now. Never throws: an answer it cannot get is UNKNOWN. */
    RevocationStatus status(X509Certificate certificate, X509Certificate issuer);
}
