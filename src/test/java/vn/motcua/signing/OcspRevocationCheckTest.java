package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import vn.motcua.signing.infra.CertificateIssuer;
import vn.motcua.signing.infra.CertificateIssuer.Purpose;
import vn.motcua.signing.infra.FallbackRevocationCheck;
import vn.motcua.signing.infra.OcspRevocationCheck;
import vn.motcua.signing.infra.Pkcs12Signer;
import vn.motcua.signing.infra.SimulatedRevocationCheck;

/**
 * The OCSP adapter against a small RFC 6960 responder on this machine that answers as the issuer (or the responder
 * it delegates to) does, or as an impostor or a confused server might.
 */
class OcspRevocationCheckTest {

    private static final String REASON = "Cấp kết quả giải quyết thủ tục hành chính";

    @TempDir
    static Path dir;

    private static TestPki pki;
    private static Pkcs12Signer keys;
    private static X509Certificate office;

    private HttpServer server;

    @BeforeAll
    static void makePki() {
        pki = new TestPki();
        keys = pki.signer(dir);
        office = pki.certificateOf(TestPki.OFFICE);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aCertificateTheIssuerVouchesForIsGood() {
        URI responder = respond(request -> issuerAnswers(request, CertificateStatus.GOOD));

        assertThat(check(responder).status(office, pki.intermediate).state()).isEqualTo(RevocationStatus.State.GOOD);
    }

    @Test
    void aRevokedCertificateIsRevokedWithItsTimeAndReason() {
        Instant revokedAt = Instant.parse("2026-05-01T08:00:00Z");
        URI responder = respond(request -> issuerAnswers(request, new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise)));

        RevocationStatus status = check(responder).status(office, pki.intermediate);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).isEqualTo(revokedAt);
        assertThat(status.detail()).contains("keyCompromise");
    }

    @Test
    void aResponderTheIssuerCertifiedForOcspSigningMayAnswer() {
        KeyPair responderKeys = CertificateIssuer.newKeyPair();
        X509Certificate delegated = CertificateIssuer.issue(responderKeys.getPublic(), CertificateIssuer.name("Test OCSP responder",
                "Motcua tests", null), pki.intermediateKeys.getPrivate(), pki.intermediate, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), Purpose.OCSP_SIGNING, null);
        URI responder = respond(request -> answer(request, CertificateStatus.GOOD, responderKeys.getPrivate(), delegated, nonceOf(request),
                Instant.now().plus(Duration.ofHours(1))));

        assertThat(check(responder).status(office, pki.intermediate).state()).isEqualTo(RevocationStatus.State.GOOD);
    }

    @Test
    void anAnswerSignedBySomeoneElseCountsForNothing() {
        KeyPair impostorKeys = CertificateIssuer.newKeyPair();
        X509Certificate impostor = CertificateIssuer.selfSigned(impostorKeys, CertificateIssuer.name("Test Issuing CA", "Motcua tests", null),
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        URI responder = respond(request -> answer(request, new RevokedStatus(new Date(), CRLReason.keyCompromise), impostorKeys.getPrivate(),
                impostor, nonceOf(request), null));

        RevocationStatus status = check(responder).status(office, pki.intermediate);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(status.detail()).contains("not signed by the issuer");
    }

    @Test
    void anAnswerToAnotherRequestOrAnOutdatedOneIsUnknown() throws IOException {
        var someoneElses = new DEROctetString(new DEROctetString(new byte[] {1, 2, 3}).getEncoded());
        URI replayed = respond(request -> answer(request, CertificateStatus.GOOD, pki.intermediateKeys.getPrivate(), pki.intermediate,
                someoneElses, null));
        assertThat(check(replayed).status(office, pki.intermediate).detail()).contains("another request");
        server.stop(0);

        URI outdated = respond(request -> answer(request, CertificateStatus.GOOD, pki.intermediateKeys.getPrivate(), pki.intermediate,
                nonceOf(request), Instant.now().minus(Duration.ofHours(1))));
        assertThat(check(outdated).status(office, pki.intermediate).detail()).contains("not current");
    }

    @Test
    void noResponderOrAnUnreachableOneIsUnknownAndTheCrlsAreAskedNext() {
        assertThat(new OcspRevocationCheck(null, Duration.ofSeconds(1)).status(office, pki.intermediate).detail())
                .contains("no OCSP responder");

        URI down = respond(request -> null);
        var crls = new SimulatedRevocationCheck();
        crls.revoke(office, Instant.parse("2026-06-01T00:00:00Z"));
        RevocationStatus status = new FallbackRevocationCheck(check(down), crls).status(office, pki.intermediate);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }

    @Test
    void theVerifierReportsASignatureWhoseCertificateTheResponderSaysIsRevoked() {
        byte[] signed = new PdfSigner(keys, null).sign(SamplePdfs.twoPages(), TestPki.OFFICE, REASON);
        URI responder = respond(request -> issuerAnswers(request, new RevokedStatus(new Date(0), CRLReason.keyCompromise)));

        VerificationReport report = new PdfVerifier(pki.anchors(), check(responder)).verify(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(VerificationReport.Problem::code).contains(ProblemCode.CERTIFICATE_REVOKED.name());
    }

    private static OcspRevocationCheck check(URI responder) {
        return new OcspRevocationCheck(responder, Duration.ofSeconds(2));
    }

    /** Serves the answer {@code answers} makes of each request; null is HTTP 500. */
    private URI respond(Function<OCSPReq, byte[]> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/ocsp", exchange -> {
            byte[] body = answers.apply(new OCSPReq(exchange.getRequestBody().readAllBytes()));
            if (body == null) {
                exchange.sendResponseHeaders(500, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "application/ocsp-response");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
    }

    private static byte[] issuerAnswers(OCSPReq request, CertificateStatus status) {
        return answer(request, status, pki.intermediateKeys.getPrivate(), pki.intermediate, nonceOf(request),
                Instant.now().plus(Duration.ofHours(1)));
    }

    private static DEROctetString nonceOf(OCSPReq request) {
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        return nonce == null ? null : (DEROctetString) nonce.getExtnValue();
    }

    /** A signed answer for every certificate asked about; the nonce echoed as given ({@code nonce} is the extension's value). */
    private static byte[] answer(OCSPReq request, CertificateStatus status, PrivateKey signer, X509Certificate signerCertificate,
            DEROctetString nonce, Instant nextUpdate) {
        try {
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(signerCertificate.getPublicKey(),
                    new JcaDigestCalculatorProviderBuilder().build().get(org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1));
            Date thisUpdate = Date.from(Instant.now().minus(Duration.ofMinutes(nextUpdate != null && nextUpdate.isBefore(Instant.now()) ? 120 : 1)));
            for (Req asked : request.getRequestList()) {
                builder.addResponse(asked.getCertID(), status, thisUpdate, nextUpdate == null ? null : Date.from(nextUpdate), null);
            }
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonce)));
            }
            var basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer),
                    new X509CertificateHolder[] {new JcaX509CertificateHolder(signerCertificate)}, new Date());
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
