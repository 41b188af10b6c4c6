package vn.motcua.signing.infra;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.shared.Time;
import vn.motcua.signing.Certificates;
import vn.motcua.signing.RevocationCheck;
import vn.motcua.signing.RevocationStatus;

/**
 * Revocation from certificate revocation lists: the CRL files of {@code motcua.signing.revocation.crl-files}
 * (re-read when they change), and, when none of them is the issuer's, the CRL at the certificate's HTTP
 * distribution point (kept until its next update). A CRL counts only when the issuer signed it and its next
 * update has not passed; without one the status is UNKNOWN.
 */
public class CrlRevocationCheck implements RevocationCheck {

    private static final Logger log = LoggerFactory.getLogger(CrlRevocationCheck.class);

    private final List<Path> files;
    private final boolean fetchDistributionPoints;
    private final Duration timeout;
    private final HttpClient http;
    private final Map<Path, FileCrl> fromFiles = new ConcurrentHashMap<>();
    private final Map<URI, X509CRL> fetched = new ConcurrentHashMap<>();

    public CrlRevocationCheck(List<Path> files, boolean fetchDistributionPoints, Duration timeout) {
        this.files = List.copyOf(files);
        this.fetchDistributionPoints = fetchDistributionPoints;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public RevocationStatus status(X509Certificate certificate, X509Certificate issuer) {
        Instant now = Time.now();
        List<X509CRL> current = new ArrayList<>();
        for (Path file : files) {
            X509CRL crl = fromFile(file);
            if (crl != null && isCurrentFrom(crl, issuer, now)) {
                current.add(crl);
            }
        }
        if (current.isEmpty() && fetchDistributionPoints) {
            for (URI point : distributionPoints(certificate)) {
                X509CRL crl = fetched.get(point);
                if (crl == null || !isCurrentFrom(crl, issuer, now)) {
                    crl = fetch(point);
                }
                if (crl != null && isCurrentFrom(crl, issuer, now)) {
                    fetched.put(point, crl);
                    current.add(crl);
                    break;
                }
            }
        }
        if (current.isEmpty()) {
            return RevocationStatus.unknown("không có danh sách chứng thư số bị thu hồi (CRL) hiện hành của "
                    + Certificates.commonName(issuer));
        }
        for (X509CRL crl : current) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return RevocationStatus.revoked(entry.getRevocationDate().toInstant(),
                        entry.getRevocationReason() == null ? null : entry.getRevocationReason().name());
            }
        }
        return RevocationStatus.good();
    }

    private static boolean isCurrentFrom(X509CRL crl, X509Certificate issuer, Instant now) {
        if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        if (crl.getNextUpdate() != null && !now.isBefore(crl.getNextUpdate().toInstant())) {
            return false;
        }
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private X509CRL fromFile(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            FileCrl known = fromFiles.get(file);
            if (known != null && known.modified().equals(modified)) {
                return known.crl();
            }
            try (InputStream in = Files.newInputStream(file)) {
                X509CRL crl = parse(in);
                fromFiles.put(file, new FileCrl(modified, crl));
                return crl;
            }
        } catch (IOException | CRLException | CertificateException e) {
            log.warn("Cannot read the CRL {} (motcua.signing.revocation.crl-files): {}", file.toAbsolutePath(), e.getMessage());
            return null;
        }
    }

    private X509CRL fetch(URI point) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(point).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("The CRL distribution point {} answered {}", point, response.statusCode());
                return null;
            }
            return parse(new ByteArrayInputStream(response.body()));
        } catch (IOException | CRLException | CertificateException e) {
            log.warn("Cannot fetch the CRL at {}: {}", point, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static X509CRL parse(InputStream in) throws CRLException, CertificateException {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }

    /** The http(s) URIs of the certificate's CRL distribution points. */
    static List<URI> distributionPoints(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return List.of();
        }
        List<URI> uris = new ArrayList<>();
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        URI uri = URI.create(general.getName().toString());
                        if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                            uris.add(uri);
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        return uris;
    }

    private record FileCrl(FileTime modified, X509CRL crl) {
    }
}
