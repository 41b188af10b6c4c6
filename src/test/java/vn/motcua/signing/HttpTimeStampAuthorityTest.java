package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.motcua.signing.infra.HttpTimeStampAuthority;
import vn.motcua.signing.infra.HttpTimeStampAuthority.TimeStampRefused;
import vn.motcua.signing.infra.Pkcs12Signer;
import vn.motcua.signing.infra.SimulatedRevocationCheck;

/**
 * The HTTP adapter for a real time-stamping authority, against a small RFC 3161 server on this machine that answers
 * as one does (a token by the test PKI's time-stamping certificate), or misbehaves as one may.
 */
class HttpTimeStampAuthorityTest {

    private static final String REASON = "Cấp kết quả giải quyết thủ tục hành chính";

    @TempDir
    static Path dir;

    private static TestPki pki;
    private static Pkcs12Signer keys;
    private static byte[] unsigned;

    private final List<String> contentTypes = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private HttpServer server;

    @BeforeAll
    static void makePki() {
        pki = new TestPki();
        keys = pki.signer(dir);
        unsigned = SamplePdfs.twoPages();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void signsWithATimeStampTheAuthorityGrantsOverHttp() {
        URI url = serve(exchange -> reply(exchange, 200, grant(read(exchange))));

        byte[] signed = new PdfSigner(keys, new HttpTimeStampAuthority(url, Duration.ofSeconds(5), "motcua", "bí mật"))
                .sign(unsigned, TestPki.OFFICE, REASON);

        VerificationReport report = new PdfVerifier(pki.anchors(), new SimulatedRevocationCheck()).verify(signed);
        assertThat(report.problems()).isEmpty();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.timeStamped()).isTrue());
        assertThat(contentTypes).containsExactly("application/timestamp-query");
        assertThat(authorizations).singleElement().satisfies(a -> assertThat(a).startsWith("Basic "));
    }

    @Test
    void sendsNoCredentialsWhenNoneAreGiven() {
        URI url = serve(exchange -> reply(exchange, 200, grant(read(exchange))));

        new PdfSigner(keys, new HttpTimeStampAuthority(url, Duration.ofSeconds(5), null, null)).sign(unsigned, TestPki.OFFICE, REASON);

        assertThat(authorizations).containsExactly((String) null);
    }

    @Test
    void refusesATokenForAnotherRequest() {
        URI url = serve(exchange -> {
            read(exchange);
            var other = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, new byte[32], BigInteger.ONE);
            reply(exchange, 200, grant(other));
        });

        assertThatThrownBy(() -> sign(url, Duration.ofSeconds(5))).isInstanceOf(TimeStampRefused.class)
                .hasMessageContaining("answered another request");
    }

    @Test
    void refusesWhenTheAuthorityRejectsTheRequest() {
        URI url = serve(exchange -> {
            read(exchange);
            try {
                reply(exchange, 200, new TimeStampResponseGenerator(tokens(), TSPAlgorithms.ALLOWED)
                        .generateRejectedResponse(new Exception("quota exceeded")).getEncoded());
            } catch (Exception e) {
                throw new IOException(e);
            }
        });

        assertThatThrownBy(() -> sign(url, Duration.ofSeconds(5))).isInstanceOf(TimeStampRefused.class)
                .hasMessageContaining("quota exceeded");
    }

    @Test
    void reportsAnHttpErrorAndAReplyThatIsNotATimeStamp() {
        URI failing = serve(exchange -> reply(exchange, 503, new byte[0]));
        assertThatThrownBy(() -> sign(failing, Duration.ofSeconds(5))).isInstanceOf(TimeStampRefused.class)
                .hasMessageContaining("HTTP 503");
        server.stop(0);

        URI garbled = serve(exchange -> reply(exchange, 200, "<html>maintenance</html>".getBytes()));
        assertThatThrownBy(() -> sign(garbled, Duration.ofSeconds(5))).isInstanceOf(TimeStampRefused.class)
                .hasMessageContaining("not an RFC 3161 reply");
    }

    @Test
    void givesUpWhenTheAuthorityDoesNotAnswerInTime() {
        AtomicInteger asked = new AtomicInteger();
        URI url = serve(exchange -> {
            asked.incrementAndGet();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, grant(read(exchange)));
        });
        Instant start = Instant.now();

        assertThatThrownBy(() -> sign(url, Duration.ofMillis(300))).isInstanceOf(TimeStampRefused.class)
                .hasMessageContaining("did not answer within PT0.3S");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
        assertThat(asked).hasValue(1);
    }

    private static byte[] sign(URI url, Duration timeout) {
        return new PdfSigner(keys, new HttpTimeStampAuthority(url, timeout, null, null)).sign(unsigned, TestPki.OFFICE, REASON);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private URI serve(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/tsa", exchange -> {
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            handler.handle(exchange);
        });
        server.setExecutor(null);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    private static TimeStampRequest read(HttpExchange exchange) throws IOException {
        return new TimeStampRequest(exchange.getRequestBody().readAllBytes());
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    /** The reply of an authority that grants the request. */
    private static byte[] grant(TimeStampRequest request) throws IOException {
        try {
            return new TimeStampResponseGenerator(tokens(), TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static TimeStampTokenGenerator tokens() throws Exception {
        var generator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pki.tsaKeys.getPrivate(), pki.tsa),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.999.7.2"));
        generator.addCertificates(new JcaCertStore(List.of(pki.tsa, pki.intermediate)));
        return generator;
    }
}
