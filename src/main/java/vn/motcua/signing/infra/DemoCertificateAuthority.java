package vn.motcua.signing.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;

/**
 * The demo PKI, never for production: a CA named {@value #CA_NAME} that issues the demo offices' and officers'
 * certificates on demand, and the certificate of the simulated time-stamping authority. Everything lives in
 * one folder and is kept across restarts:
 * <ul>
 * <li>{@code demo-keystore.p12} (password {@code demo}): the CA's key ({@code demo-ca}), the time-stamping
 * authority's ({@code demo-tsa}) and one key per office and officer ({@code office-…}, {@code officer-…});</li>
 * <li>{@code demo-ca.pem}: the CA certificate, the demo's trust anchor (import it into a PDF reader to see
 * the demo's signatures as trusted);</li>
 * <li>{@code demo-ca.crl}: the CA's (empty) certificate revocation list.</li>
 * </ul>
 */
public final class DemoCertificateAuthority {

    public static final String CA_NAME = "Motcua DEMO CA — không dùng cho sản xuất";
    public static final String DEMO_UNIT = "DEMO — không dùng cho sản xuất";
    public static final char[] PASSWORD = "demo".toCharArray();
    static final String CA_ALIAS = "demo-ca";
    static final String TSA_ALIAS = "demo-tsa";
    /** Fixed, generous validity, so that process tests may set the engine clock years ahead. */
    static final Instant VALID_FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant VALID_TO = Instant.parse("2045-01-01T00:00:00Z");

    private final Path keystoreFile;
    private final KeyStore keystore;
    private final KeyStore.PrivateKeyEntry ca;

    private DemoCertificateAuthority(Path keystoreFile, KeyStore keystore, KeyStore.PrivateKeyEntry ca) {
        this.keystoreFile = keystoreFile;
        this.keystore = keystore;
        this.ca = ca;
    }

    /** The demo PKI in this folder; created on first use. */
    public static synchronized DemoCertificateAuthority openOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("demo-keystore.p12");
            var keystore = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    keystore.load(in, PASSWORD);
                }
            } else {
                keystore.load(null, PASSWORD);
                KeyPair caKeys = CertificateIssuer.newKeyPair();
                X500Name caName = CertificateIssuer.name(CA_NAME, "Motcua (dữ liệu demo)", DEMO_UNIT);
                X509Certificate caCertificate = CertificateIssuer.selfSigned(caKeys, caName, VALID_FROM, VALID_TO);
                keystore.setKeyEntry(CA_ALIAS, caKeys.getPrivate(), PASSWORD, new Certificate[] {caCertificate});
                KeyPair tsaKeys = CertificateIssuer.newKeyPair();
                X509Certificate tsa = CertificateIssuer.issue(tsaKeys.getPublic(),
                        CertificateIssuer.name("Motcua DEMO TSA — dấu thời gian mô phỏng", "Motcua (dữ liệu demo)", DEMO_UNIT),
                        caKeys.getPrivate(), caCertificate, VALID_FROM, VALID_TO, CertificateIssuer.Purpose.TIME_STAMPING, null);
                keystore.setKeyEntry(TSA_ALIAS, tsaKeys.getPrivate(), PASSWORD, new Certificate[] {tsa, caCertificate});
                save(keystore, file);
            }
            var ca = (KeyStore.PrivateKeyEntry) keystore.getEntry(CA_ALIAS, new KeyStore.PasswordProtection(PASSWORD));
            var authority = new DemoCertificateAuthority(file, keystore, ca);
            authority.writeIfMissing(dir.resolve("demo-ca.pem"), pem(authority.certificate()));
            authority.writeIfMissing(dir.resolve("demo-ca.crl"), CertificateIssuer.crl(ca.getPrivateKey(), authority.certificate(),
                    VALID_FROM, VALID_TO, Map.of()).getEncoded());
            return authority;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo PKI in " + dir.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the demo PKI in " + dir.toAbsolutePath(), e);
        }
    }

    public Path keystoreFile() {
        return keystoreFile;
    }

    public Path certificateFile() {
        return keystoreFile.resolveSibling("demo-ca.pem");
    }

    public Path crlFile() {
        return keystoreFile.resolveSibling("demo-ca.crl");
    }

    public X509Certificate certificate() {
        return (X509Certificate) ca.getCertificate();
    }

    /** The simulated time-stamping authority's key and certificate chain. */
    public synchronized KeyStore.PrivateKeyEntry timeStamping() {
        return entry(TSA_ALIAS);
    }

    /** The key entry under this alias, issued now (signing certificate with this subject) when there is none. */
    public synchronized KeyStore.PrivateKeyEntry ensure(String alias, X500Name subject) {
        try {
            if (keystore.isKeyEntry(alias)) {
                return entry(alias);
            }
            KeyPair keys = CertificateIssuer.newKeyPair();
            X509Certificate certificate = CertificateIssuer.issue(keys.getPublic(), subject, ca.getPrivateKey(), certificate(),
                    VALID_FROM, VALID_TO, CertificateIssuer.Purpose.SIGNING, null);
            Certificate[] chain = {certificate, certificate()};
            keystore.setKeyEntry(alias, keys.getPrivate(), PASSWORD, chain);
            save(keystore, keystoreFile);
            return new KeyStore.PrivateKeyEntry(keys.getPrivate(), chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the demo certificate " + alias, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KeyStore.PrivateKeyEntry entry(String alias) {
        try {
            return (KeyStore.PrivateKeyEntry) keystore.getEntry(alias, new KeyStore.PasswordProtection(PASSWORD));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the demo key " + alias, e);
        }
    }

    /** Writes a copy and moves it into place, so that a crash never leaves half a keystore. */
    private static void save(KeyStore keystore, Path file) throws IOException, GeneralSecurityException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            keystore.store(out, PASSWORD);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeIfMissing(Path file, byte[] content) throws IOException {
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static byte[] pem(X509Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }
}
