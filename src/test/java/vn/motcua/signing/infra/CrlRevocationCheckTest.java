package vn.motcua.signing.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import vn.motcua.signing.RevocationStatus;
import vn.motcua.signing.infra.CertificateIssuer.Purpose;

/** Revocation from CRL files and from a certificate's distribution point (a server on the loopback address). */
class CrlRevocationCheckTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    private final KeyPair caKeys = CertificateIssuer.newKeyPair();
    private final X509Certificate ca = CertificateIssuer.selfSigned(caKeys, CertificateIssuer.name("CRL Test CA", null, null),
            NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(100)));
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private X509Certificate certificate(URI distributionPoint) {
        KeyPair keys = CertificateIssuer.newKeyPair();
        return CertificateIssuer.issue(keys.getPublic(), CertificateIssuer.name("Người ký", null, null), caKeys.getPrivate(), ca,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), Purpose.SIGNING, distributionPoint);
    }

    private Path crlFile(Map<BigInteger, Instant> revoked, Instant nextUpdate) throws Exception {
        Path file = Files.createTempFile(dir, "ca", ".crl");
        Files.write(file, CertificateIssuer.crl(caKeys.getPrivate(), ca, NOW.minus(Duration.ofHours(1)), nextUpdate, revoked).getEncoded());
        return file;
    }

    @Test
    void aCertificateOnTheIssuersCrlIsRevokedAndOneNotOnItIsGood() throws Exception {
        X509Certificate revoked = certificate(null);
        X509Certificate good = certificate(null);
        Instant at = NOW.minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var check = new CrlRevocationCheck(List.of(crlFile(Map.of(revoked.getSerialNumber(), at), NOW.plus(Duration.ofDays(7)))),
                false, Duration.ofSeconds(1));

        RevocationStatus status = check.status(revoked, ca);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).isEqualTo(at);
        assertThat(check.status(good, ca).state()).isEqualTo(RevocationStatus.State.GOOD);
    }

    @Test
    void aStaleCrlOrOneFromAnotherIssuerOrNoneAtAllGivesNoAnswer() throws Exception {
        X509Certificate certificate = certificate(null);
        KeyPair otherKeys = CertificateIssuer.newKeyPair();
        X509Certificate other = CertificateIssuer.selfSigned(otherKeys, CertificateIssuer.name("Other CA", null, null),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        Path otherCrl = Files.createTempFile(dir, "other", ".crl");
        Files.write(otherCrl, CertificateIssuer.crl(otherKeys.getPrivate(), other, NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(1)), Map.of()).getEncoded());

        assertThat(new CrlRevocationCheck(List.of(crlFile(Map.of(), NOW.minus(Duration.ofMinutes(1)))), false, Duration.ofSeconds(1))
                .status(certificate, ca).state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(new CrlRevocationCheck(List.of(otherCrl), false, Duration.ofSeconds(1)).status(certificate, ca).state())
                .isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(new CrlRevocationCheck(List.of(dir.resolve("missing.crl")), false, Duration.ofSeconds(1)).status(certificate, ca))
                .satisfies(s -> {
                    assertThat(s.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
                    assertThat(s.detail()).contains("CRL Test CA");
                });
    }

    @Test
    void aCrlSignedByAnotherKeyInTheIssuersNameDoesNotCount() throws Exception {
        X509Certificate certificate = certificate(null);
        KeyPair impostor = CertificateIssuer.newKeyPair();
        Path forged = Files.createTempFile(dir, "forged", ".crl");
        Files.write(forged, CertificateIssuer.crl(impostor.getPrivate(), ca, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)),
                Map.of()).getEncoded());

        assertThat(new CrlRevocationCheck(List.of(forged), false, Duration.ofSeconds(1)).status(certificate, ca).state())
                .isEqualTo(RevocationStatus.State.UNKNOWN);
    }

    @Test
    void fetchesTheCrlAtTheCertificatesDistributionPointOnceUntilItsNextUpdate() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        URI point = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ca.crl");
        X509Certificate revoked = certificate(point);
        X509Certificate good = certificate(point);
        byte[] crl = CertificateIssuer.crl(caKeys.getPrivate(), ca, NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)),
                Map.of(revoked.getSerialNumber(), NOW.minus(Duration.ofMinutes(30)))).getEncoded();
        server.createContext("/ca.crl", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, crl.length);
            exchange.getResponseBody().write(crl);
            exchange.close();
        });
        server.start();
        var check = new CrlRevocationCheck(List.of(), true, Duration.ofSeconds(2));

        assertThat(check.status(revoked, ca).state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(check.status(good, ca).state()).isEqualTo(RevocationStatus.State.GOOD);
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void anUnreachableDistributionPointGivesNoAnswer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        server.createContext("/ca.crl", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();

        var check = new CrlRevocationCheck(List.of(), true, Duration.ofSeconds(2));

        assertThat(check.status(certificate(URI.create("http://127.0.0.1:" + port + "/ca.crl")), ca).state())
                .isEqualTo(RevocationStatus.State.UNKNOWN);
    }
}
