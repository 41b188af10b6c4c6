package vn.motcua.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.motcua.signing.infra.CertificateIssuer;
import vn.motcua.signing.infra.CrlRevocationCheck;

/**
 * Signing a 2-page PDF (PAdES-B-B with the visible stamp, key from a PKCS#12 keystore, RSA 2048) and verifying a
 * signed one (integrity, PKIX chain, key usage, revocation from a CRL file), one thread each (issue 7: at least
 * 50 signatures and 100 verifications a second). Run with
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec -Djmh.args="SigningBenchmark"}; see docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(1)
public class SigningBenchmark {

    private static final String REASON = "Cấp kết quả giải quyết thủ tục hành chính";

    private PdfSigner signer;
    private PdfVerifier verifier;
    private byte[] twoPages;
    private byte[] signed;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("signing-benchmark");
        TestPki pki = new TestPki();
        Path crl = dir.resolve("issuing-ca.crl");
        try {
            Files.write(crl, CertificateIssuer.crl(pki.intermediateKeys.getPrivate(), pki.intermediate,
                    Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)), Map.of()).getEncoded());
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
        signer = new PdfSigner(pki.signer(dir), null);
        verifier = new PdfVerifier(pki.anchors(), new CrlRevocationCheck(List.of(crl), false, Duration.ofSeconds(1)));
        twoPages = SamplePdfs.twoPages();
        signed = signer.sign(twoPages, TestPki.OFFICE, REASON);
        if (!verifier.verify(signed).valid()) {
            throw new IllegalStateException("the benchmark's signed PDF does not verify: " + verifier.verify(signed));
        }
    }

    @Benchmark
    public byte[] signTwoPagePdf() {
        return signer.sign(twoPages, TestPki.OFFICE, REASON);
    }

    @Benchmark
    public VerificationReport verifySignedPdf() {
        return verifier.verify(signed);
    }
}
