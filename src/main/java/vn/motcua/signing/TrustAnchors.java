package vn.motcua.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.shared.StartupCheckFailed;

/** The CA certificates whose signatures we accept (for public services: the Government Cipher Committee's root CA). */
public final class TrustAnchors {

    private final List<X509Certificate> certificates;
    private final Set<TrustAnchor> anchors;

    public TrustAnchors(Collection<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
        this.anchors = this.certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The certificates in these files (PEM or DER, several per file allowed). A missing or unreadable file, or
     * one without a certificate, stops the start naming the setting.
     */
    public static TrustAnchors load(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                var read = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (read.isEmpty()) {
                    throw new CertificateException("no certificate in the file");
                }
                read.forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | CertificateException e) {
                throw new StartupCheckFailed("Cannot read the trust anchor " + file.toAbsolutePath()
                        + " (motcua.signing.trust-anchors): " + e.getMessage(),
                        "Set MOTCUA_SIGNING_TRUST_ANCHORS to the CA certificate files (PEM or DER, comma-separated) whose signatures count as valid.");
            }
        }
        return new TrustAnchors(certificates);
    }

    Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    boolean isEmpty() {
        return certificates.isEmpty();
    }
}
