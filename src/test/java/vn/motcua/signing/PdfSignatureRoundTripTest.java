package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.signing.infra.Pkcs12Signer;
import vn.motcua.signing.infra.SimulatedRevocationCheck;
import vn.motcua.signing.infra.SimulatedTimeStampAuthority;

/** Sign, then verify: what holds, and each way a signature stops holding (issue 7, acceptance 1). */
class PdfSignatureRoundTripTest {

    private static final String REASON = "Cấp kết quả giải quyết thủ tục hành chính";

    @TempDir
    static Path dir;

    private static TestPki pki;
    private static Pkcs12Signer keys;
    private static byte[] unsigned;

    private final SimulatedRevocationCheck revocation = new SimulatedRevocationCheck();

    @BeforeAll
    static void makePki() {
        pki = new TestPki();
        keys = pki.signer(dir);
        unsigned = SamplePdfs.twoPages();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private PdfVerifier verifier() {
        return new PdfVerifier(pki.anchors(), revocation);
    }

    private static byte[] sign(byte[] pdf, SigningIdentity who) {
        return new PdfSigner(keys, null).sign(pdf, who, REASON);
    }

    @Test
    void aSignedPdfVerifiesAsValidWithItsSignerTimeAndReason() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:15:30Z")));

        VerificationReport report = verifier().verify(sign(unsigned, TestPki.OFFICE));

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo("Trung tâm phục vụ hành chính công xã Thử Nghiệm");
            assertThat(s.signedAt().toString()).isEqualTo("2026-03-02T09:15:30+07:00");
            assertThat(s.reason()).isEqualTo(REASON);
            assertThat(s.valid()).isTrue();
            assertThat(s.timeStamped()).isFalse();
        });
    }

    @Test
    void aFlippedByteInTheDocumentBreaksIntegrity() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        int mediaBox = indexOf(signed, "/MediaBox [0.0 0.0 595");

        VerificationReport report = verifier().verify(flip(signed, mediaBox + "/MediaBox [0.0 0.0 ".length()));

        assertThat(report.valid()).isFalse();
        assertThat(codes(report)).containsExactly("INTEGRITY");
        assertThat(report.problems().get(0).message()).contains("đã bị thay đổi");
    }

    @Test
    void aFlippedByteInTheSignatureValueBreaksIntegrity() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        int hex = lastIndexOf(signed, "/Contents <") + "/Contents <".length();
        // "3082llll": a SEQUENCE of 0xllll bytes; without a time-stamp the RSA signature value is its last 256 bytes
        int length = 4 + Integer.parseInt(new String(signed, hex + 4, 4, StandardCharsets.US_ASCII), 16);

        for (int fromEnd : List.of(1, 100, 255)) {
            VerificationReport report = verifier().verify(flip(signed, hex + 2 * (length - fromEnd)));

            assertThat(report.valid()).as("flip %d bytes before the end of the signature", fromEnd).isFalse();
            assertThat(codes(report)).containsExactly("INTEGRITY");
        }
    }

    @Test
    void aFlippedByteInTheSignaturePaddingBreaksIntegrityToo() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        int end = indexOf(signed, "000000>", lastIndexOf(signed, "/Contents <"));

        VerificationReport report = verifier().verify(replace(signed, end, (byte) '1'));

        assertThat(report.valid()).isFalse();
        assertThat(codes(report)).containsExactly("INTEGRITY");
    }

    @Test
    void noSingleFlippedByteAnywhereLeavesTheDocumentValid() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        PdfVerifier verifier = verifier();

        for (int i = 0; i < signed.length; i += 61) {
            assertThat(verifier.verify(flip(signed, i)).valid()).as("byte %d of %d flipped", i, signed.length).isFalse();
        }
    }

    @Test
    void bytesAddedAfterTheLastSignatureAreReported() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        byte[] extended = Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("\n% appended".getBytes(StandardCharsets.US_ASCII), 0, extended, signed.length, 11);

        VerificationReport report = verifier().verify(extended);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures().get(0).valid()).isTrue();
        assertThat(codes(report)).containsExactly("CHANGED_AFTER_SIGNING");
    }

    @Test
    void anExpiredCertificateIsInvalidBecauseItExpired() {
        VerificationReport report = verifier().verify(sign(unsigned, TestPki.EXPIRED));

        assertThat(report.valid()).isFalse();
        assertThat(codes(report)).containsExactly("CERTIFICATE_EXPIRED");
        assertThat(report.problems().get(0).message()).startsWith("Chứng thư số đã hết hạn tại thời điểm ký.");
    }

    @Test
    void aCertificateFromAnUntrustedCaIsInvalidBecauseItIsUntrusted() {
        VerificationReport report = verifier().verify(sign(unsigned, TestPki.UNTRUSTED));

        assertThat(report.valid()).isFalse();
        assertThat(codes(report)).containsExactly("CERTIFICATE_UNTRUSTED");
        assertThat(report.signatures().get(0).signer()).isEqualTo("Phạm Văn Lạ");
    }

    @Test
    void noConfiguredTrustAnchorTrustsNothing() {
        VerificationReport report = new PdfVerifier(new TrustAnchors(List.of()), revocation).verify(sign(unsigned, TestPki.OFFICE));

        assertThat(codes(report)).containsExactly("CERTIFICATE_UNTRUSTED");
    }

    @Test
    void aRevokedCertificateIsInvalidBecauseItWasRevoked() {
        byte[] signed = sign(unsigned, TestPki.OFFICE);
        revocation.revoke(pki.certificateOf(TestPki.OFFICE), Instant.now().minus(Duration.ofHours(1)));

        VerificationReport report = verifier().verify(signed);

        assertThat(report.valid()).isFalse();
        assertThat(codes(report)).containsExactly("CERTIFICATE_REVOKED");
        assertThat(report.problems().get(0).message()).startsWith("Chứng thư số đã bị thu hồi.");
    }

    @Test
    void aCertificateThatMayNotSignIsInvalidForItsKeyUsage() {
        VerificationReport report = verifier().verify(sign(unsigned, TestPki.ENCRYPTION_ONLY));

        assertThat(codes(report)).containsExactly("KEY_USAGE");
    }

    @Test
    void aRevocationStatusNobodyCanTellMakesTheSignatureInvalid() {
        RevocationCheck silent = (certificate, issuer) -> RevocationStatus.unknown("máy chủ CRL không trả lời");

        VerificationReport report = new PdfVerifier(pki.anchors(), silent).verify(sign(unsigned, TestPki.OFFICE));

        assertThat(codes(report)).containsExactly("REVOCATION_UNKNOWN");
        assertThat(report.problems().get(0).message()).contains("máy chủ CRL không trả lời");
    }

    @Test
    void aSecondSignatureKeepsTheFirstValid() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
        byte[] once = sign(unsigned, TestPki.OFFICE);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T03:00:00Z")));
        byte[] twice = sign(once, TestPki.LEADER);

        VerificationReport report = verifier().verify(twice);

        assertThat(Arrays.copyOf(twice, once.length)).isEqualTo(once);
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).extracting(VerificationReport.Signature::signer)
                .containsExactly("Trung tâm phục vụ hành chính công xã Thử Nghiệm", "Nguyễn Văn Lãnh Đạo");
        assertThat(report.signatures()).allMatch(VerificationReport.Signature::valid);
    }

    @Test
    void tamperingWithTheFirstRevisionOfATwiceSignedPdfBreaksBothSignatures() {
        byte[] twice = sign(sign(unsigned, TestPki.OFFICE), TestPki.LEADER);
        int mediaBox = indexOf(twice, "/MediaBox [0.0 0.0 595");

        VerificationReport report = verifier().verify(flip(twice, mediaBox + "/MediaBox [0.0 0.0 ".length()));

        assertThat(report.problems()).extracting(VerificationReport.Problem::code, VerificationReport.Problem::signature)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTEGRITY", 1), org.assertj.core.groups.Tuple.tuple("INTEGRITY", 2));
    }

    @Test
    void aTimeStampFixesTheSigningTimeSoALaterRevocationDoesNotInvalidateIt() {
        var tsa = new SimulatedTimeStampAuthority(pki.tsaKeys.getPrivate(), List.of(pki.tsa, pki.intermediate));
        Instant signing = Instant.now().minus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(signing));
        byte[] signed = new PdfSigner(keys, tsa).sign(unsigned, TestPki.OFFICE, REASON);
        ClockUtil.reset();
        revocation.revoke(pki.certificateOf(TestPki.OFFICE), signing.plus(Duration.ofDays(1)));

        VerificationReport report = verifier().verify(signed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.signatures().get(0).timeStamped()).isTrue();
        assertThat(report.signatures().get(0).signedAt().toInstant()).isEqualTo(signing);
    }

    @Test
    void aTimeStampDoesNotSaveASignatureMadeAfterTheRevocation() {
        var tsa = new SimulatedTimeStampAuthority(pki.tsaKeys.getPrivate(), List.of(pki.tsa, pki.intermediate));
        byte[] signed = new PdfSigner(keys, tsa).sign(unsigned, TestPki.OFFICE, REASON);
        revocation.revoke(pki.certificateOf(TestPki.OFFICE), Instant.now().minus(Duration.ofDays(1)));

        assertThat(codes(verifier().verify(signed))).containsExactly("CERTIFICATE_REVOKED");
    }

    @Test
    void aTimeStampFromAnUntrustedAuthorityIsReported() {
        var otherKeys = vn.motcua.signing.infra.CertificateIssuer.newKeyPair();
        var selfMadeTsa = vn.motcua.signing.infra.CertificateIssuer.issue(otherKeys.getPublic(),
                vn.motcua.signing.infra.CertificateIssuer.name("Self-made TSA", null, null), otherKeys.getPrivate(), pki.tsa,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)),
                vn.motcua.signing.infra.CertificateIssuer.Purpose.TIME_STAMPING, null);
        var tsa = new SimulatedTimeStampAuthority(otherKeys.getPrivate(), List.of(selfMadeTsa));

        VerificationReport report = verifier().verify(new PdfSigner(keys, tsa).sign(unsigned, TestPki.OFFICE, REASON));

        assertThat(codes(report)).containsExactly("TIMESTAMP_INVALID");
    }

    @Test
    void anUnsignedPdfIsNotValidBecauseItIsNotSigned() {
        VerificationReport report = verifier().verify(unsigned);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).isEmpty();
        assertThat(codes(report)).containsExactly("NOT_SIGNED");
        assertThat(report.problems().get(0).message()).isEqualTo("Tài liệu không có chữ ký số.");
    }

    @Test
    void somethingThatIsNotAPdfIsReportedAsUnreadable() {
        assertThat(codes(verifier().verify("hello".getBytes(StandardCharsets.US_ASCII)))).containsExactly("UNREADABLE_PDF");
        assertThat(codes(verifier().verify("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII))))
                .containsExactly("UNREADABLE_PDF");
    }

    @Test
    void anIdentityWithoutAKeyCannotSign() {
        assertThatThrownBy(() -> sign(unsigned, SigningIdentity.office("xa-khong-co")))
                .isInstanceOf(NoSigningKey.class)
                .hasMessageContaining("office-xa-khong-co");
    }

    static List<String> codes(VerificationReport report) {
        return report.problems().stream().map(VerificationReport.Problem::code).toList();
    }

    static byte[] flip(byte[] pdf, int index) {
        byte[] copy = pdf.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static byte[] replace(byte[] pdf, int index, byte value) {
        byte[] copy = pdf.clone();
        copy[index] = value;
        return copy;
    }

    static int indexOf(byte[] pdf, String text) {
        return indexOf(pdf, text, 0);
    }

    private static int indexOf(byte[] pdf, String text, int from) {
        int i = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(text, from);
        assertThat(i).as("'%s' in the PDF", text).isNotNegative();
        return i;
    }

    static int lastIndexOf(byte[] pdf, String text) {
        int i = new String(pdf, StandardCharsets.ISO_8859_1).lastIndexOf(text);
        assertThat(i).as("'%s' in the PDF", text).isNotNegative();
        return i;
    }
}
