package vn.motcua.signing.infra;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.shared.Time;
import vn.motcua.signing.RevocationCheck;
import vn.motcua.signing.RevocationStatus;

/**
 * Revocation from the issuer's OCSP responder (RFC 6960): the one the certificate names in its authority information
 * access, else the configured default responder. The request carries a nonce; the answer counts only when it is
 * signed by the issuer or by a responder the issuer certified for OCSP signing, speaks of this certificate, is
 * current (this update not in the future, next update not past) and, when it echoes a nonce, echoes ours. Anything
 * else, or no answer within the timeout, is UNKNOWN: never an exception.
 */
public class OcspRevocationCheck implements RevocationCheck {

    private static final Logger log = LoggerFactory.getLogger(OcspRevocationCheck.class);
    private static final SecureRandom NONCES = new SecureRandom();
    /** How far a responder's clock may run ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final URI defaultResponder;
    private final Duration timeout;
    private final HttpClient http;

    /** @param defaultResponder asked for certificates that name no responder; null for none */
    public OcspRevocationCheck(URI defaultResponder, Duration timeout) {
        this.defaultResponder = defaultResponder;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer) {
        Optional<URI> responder = responderOf(certificate).or(() -> Optional.ofNullable(defaultResponder));
        if (responder.isEmpty()) {
            return RevocationStatus.unknown("no OCSP responder for " + certificate.getSubjectX500Principal().getName());
        }
        try {
            var id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            byte[] nonce = new BigInteger(128, NONCES).toByteArray();
            OCSPReq request = new OCSPReqBuilder().addRequest(id)
                    // the extension's value is the DER of an OCTET STRING holding the nonce (RFC 6960 4.4.1)
                    .setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(new DEROctetString(nonce).getEncoded()))))
                    .build();
            return answer(responder.get(), post(responder.get(), request.getEncoded()), id, issuer, nonce);
        } catch (IOException | OCSPException | OperatorCreationException | CertificateException e) {
            log.warn("OCSP at {} gave no usable answer: {}", responder.get(), e.toString());
            return RevocationStatus.unknown("OCSP at " + responder.get() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RevocationStatus.unknown("interrupted while asking " + responder.get());
        }
    }

    private RevocationStatus answer(URI responder, byte[] reply, CertificateID id, X509Certificate issuer, byte[] nonce)
            throws IOException, OCSPException, OperatorCreationException, CertificateException {
        var response = new OCSPResp(reply);
        if (response.getStatus() != OCSPResp.SUCCESSFUL || !(response.getResponseObject() instanceof BasicOCSPResp basic)) {
            return RevocationStatus.unknown("OCSP at " + responder + " answered status " + response.getStatus());
        }
        if (!signedByIssuerOrItsResponder(basic, issuer)) {
            return RevocationStatus.unknown("OCSP answer from " + responder + " is not signed by the issuer or its responder");
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed != null && !new DEROctetString(nonce).equals(echoed.getParsedValue())) {
            return RevocationStatus.unknown("OCSP answer from " + responder + " is for another request (nonce)");
        }
        Instant now = Time.now();
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) {
                continue;
            }
            if (single.getThisUpdate().toInstant().isAfter(now.plus(CLOCK_SKEW))
                    || single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(now)) {
                return RevocationStatus.unknown("OCSP answer from " + responder + " is not current");
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return RevocationStatus.good();
            }
            if (status instanceof RevokedStatus revoked) {
                String reason = revoked.hasRevocationReason() ? CRLReason.lookup(revoked.getRevocationReason()).toString() : null;
                return RevocationStatus.revoked(revoked.getRevocationTime().toInstant(), reason);
            }
            return RevocationStatus.unknown("OCSP at " + responder + " does not know the certificate");
        }
        return RevocationStatus.unknown("OCSP answer from " + responder + " does not speak of the certificate");
    }

    /** RFC 6960 4.2.2.2: the issuer itself, or a certificate it issued for OCSP signing, included in the answer. */
    private static boolean signedByIssuerOrItsResponder(BasicOCSPResp basic, X509Certificate issuer)
            throws OperatorCreationException, OCSPException, CertificateException {
        if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer))) {
            return true;
        }
        var converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = converter.getCertificate(holder);
            if (!responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                continue;
            }
            try {
                responder.verify(issuer.getPublicKey());
                responder.checkValidity(java.util.Date.from(Time.now()));
            } catch (java.security.GeneralSecurityException notCertifiedByTheIssuer) {
                continue;
            }
            List<String> purposes = responder.getExtendedKeyUsage();
            if (purposes != null && purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder))) {
                return true;
            }
        }
        return false;
    }

    private byte[] post(URI responder, byte[] request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(responder).timeout(timeout)
                .header("Content-Type", "application/ocsp-request").header("Accept", "application/ocsp-response")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** The OCSP responder the certificate names in its authority information access, if any (HTTP only). */
    static Optional<URI> responderOf(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return Optional.empty();
        }
        List<URI> found = new ArrayList<>();
        var access = AuthorityInformationAccess.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(extension).getOctets());
        for (AccessDescription description : access.getAccessDescriptions()) {
            GeneralName location = description.getAccessLocation();
            if (description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                    && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                String url = ASN1IA5String.getInstance(location.getName()).getString();
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    found.add(URI.create(url));
                }
            }
        }
        return found.stream().findFirst();
    }
}
