package vn.motcua.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import vn.motcua.signing.infra.CertificateIssuer;
import vn.motcua.signing.infra.CertificateIssuer.Purpose;
import vn.motcua.signing.infra.Pkcs12Signer;

/**
 * A small PKI of its own for tests: a trusted root CA, an intermediate CA below it, and signing identities
 * with good, expired, encryption-only and untrusted (another root) certificates, in a PKCS#12 keystore.
 */
final class TestPki {

    static final SigningIdentity OFFICE = SigningIdentity.office("xa-thu-nghiem");
    static final SigningIdentity LEADER = SigningIdentity.officer("lanhdao.thunghiem");
    static final SigningIdentity EXPIRED = SigningIdentity.officer("het.han");
    static final SigningIdentity ENCRYPTION_ONLY = SigningIdentity.officer("ma.hoa");
    static final SigningIdentity UNTRUSTED = SigningIdentity.officer("khong.tin.cay");
    static final char[] PASSWORD = "test-keystore".toCharArray();

    final KeyPair rootKeys = CertificateIssuer.newKeyPair();
    final X509Certificate root;
    final KeyPair intermediateKeys = CertificateIssuer.newKeyPair();
    final X509Certificate intermediate;
    final KeyStore keystore;
    final KeyPair tsaKeys = CertificateIssuer.newKeyPair();
    final X509Certificate tsa;

    TestPki() {
        Instant now = Instant.now();
        // from before the times the tests set the engine clock to
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = now.plus(Duration.ofDays(365));
        root = CertificateIssuer.selfSigned(rootKeys, CertificateIssuer.name("Test Root CA", "Motcua tests", null), from.minus(Duration.ofDays(3650)), to);
        intermediate = CertificateIssuer.issue(intermediateKeys.getPublic(), CertificateIssuer.name("Test Issuing CA", "Motcua tests", null),
                rootKeys.getPrivate(), root, from.minus(Duration.ofDays(3650)), to, Purpose.CA, null);
        tsa = CertificateIssuer.issue(tsaKeys.getPublic(), CertificateIssuer.name("Test TSA", "Motcua tests", null),
                intermediateKeys.getPrivate(), intermediate, from, to, Purpose.TIME_STAMPING, null);
        try {
            keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, PASSWORD);
            add(OFFICE, "Trung tâm phục vụ hành chính công xã Thử Nghiệm", from, to, Purpose.SIGNING);
            add(LEADER, "Nguyễn Văn Lãnh Đạo", from, to, Purpose.SIGNING);
            add(EXPIRED, "Trần Thị Hết Hạn", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"), Purpose.SIGNING);
            add(ENCRYPTION_ONLY, "Lê Văn Mã Hoá", from, to, Purpose.ENCRYPTION);
            KeyPair otherRootKeys = CertificateIssuer.newKeyPair();
            X509Certificate otherRoot = CertificateIssuer.selfSigned(otherRootKeys, CertificateIssuer.name("Untrusted Root CA", "Nobody", null), from, to);
            KeyPair keys = CertificateIssuer.newKeyPair();
            X509Certificate untrusted = CertificateIssuer.issue(keys.getPublic(), CertificateIssuer.name("Phạm Văn Lạ", null, null),
                    otherRootKeys.getPrivate(), otherRoot, from, to, Purpose.SIGNING, null);
            keystore.setKeyEntry(UNTRUSTED.alias(), keys.getPrivate(), PASSWORD, new Certificate[] {untrusted, otherRoot});
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(SigningIdentity identity, String name, Instant from, Instant to, Purpose purpose) throws GeneralSecurityException {
        KeyPair keys = CertificateIssuer.newKeyPair();
        X509Certificate certificate = CertificateIssuer.issue(keys.getPublic(), CertificateIssuer.name(name, "Motcua tests", null),
                intermediateKeys.getPrivate(), intermediate, from, to, purpose, null);
        keystore.setKeyEntry(identity.alias(), keys.getPrivate(), PASSWORD, new Certificate[] {certificate, intermediate});
    }

    /** The keystore written to a file and opened by the real adapter. */
    Pkcs12Signer signer(Path dir) {
        Path file = dir.resolve("test-keystore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            keystore.store(out, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new Pkcs12Signer(file, PASSWORD);
    }

    TrustAnchors anchors() {
        return new TrustAnchors(java.util.List.of(root));
    }

    X509Certificate certificateOf(SigningIdentity identity) {
        try {
            return (X509Certificate) keystore.getCertificate(identity.alias());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
