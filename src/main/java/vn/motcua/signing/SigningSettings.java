package vn.motcua.signing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signing module ({@code motcua.signing.*}).
 *
 * @param keystore     the PKCS#12 keystore with a key per office and officer; required outside the demo
 * @param trustAnchors CA certificate files (PEM or DER) whose signatures count as valid; required outside the demo
 * @param revocation   where revocation status comes from
 * @param timestamps   whether and where signatures get an RFC 3161 time-stamp
 * @param demo         the demo PKI; set only by the demo profile
 */
@ConfigurationProperties("motcua.signing")
record SigningSettings(Keystore keystore, List<Path> trustAnchors, Revocation revocation, TimeStamps timestamps, Demo demo) {

    SigningSettings {
        keystore = keystore == null ? new Keystore(null, null) : keystore;
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
        revocation = revocation == null ? new Revocation(null, null, null, null, null) : revocation;
        timestamps = timestamps == null ? new TimeStamps(null, null, null, null, null) : timestamps;
        demo = demo == null ? new Demo(null) : demo;
    }

    boolean isDemo() {
        return demo.dir() != null;
    }

    /** @param path empty in the demo, which keeps its keystore in {@code demo.dir} */
    record Keystore(Path path, String password) {

        Keystore {
            path = path == null || path.toString().isBlank() ? null : path;
        }
    }

    /**
     * @param source                  CRL (the files below and the certificates' distribution points), OCSP (the
     *                                certificate's OCSP responder, else {@code ocspResponder}; the CRLs when it has no
     *                                answer) or SIMULATOR
     * @param crlFiles                CRL files (DER or PEM), re-read when they change
     * @param fetchDistributionPoints whether to fetch the CRL a certificate names when no file has its issuer's
     * @param timeout                 how long to wait for a distribution point or a responder
     * @param ocspResponder           the responder to ask for certificates that name none
     */
    record Revocation(RevocationSource source, List<Path> crlFiles, Boolean fetchDistributionPoints, Duration timeout,
            URI ocspResponder) {

        Revocation {
            ocspResponder = ocspResponder == null || ocspResponder.toString().isBlank() ? null : ocspResponder;
            source = source == null ? RevocationSource.CRL : source;
            crlFiles = crlFiles == null ? List.of() : List.copyOf(crlFiles);
            fetchDistributionPoints = fetchDistributionPoints == null || fetchDistributionPoints;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }

    enum RevocationSource {
        CRL, OCSP, SIMULATOR
    }

    /**
     * @param source   NONE (PAdES-B-B), HTTP (an RFC 3161 authority at {@code url}) or SIMULATOR (an in-process TSA with
     *                 the demo CA's time-stamping certificate)
     * @param url      the authority's address, for HTTP
     * @param timeout  how long a signature waits for the authority (10 s)
     * @param username HTTP Basic credentials, when the authority wants them
     */
    record TimeStamps(TimeStampSource source, URI url, Duration timeout, String username, String password) {

        TimeStamps {
            source = source == null ? TimeStampSource.NONE : source;
            url = url == null || url.toString().isBlank() ? null : url;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            username = username == null || username.isBlank() ? null : username;
        }
    }

    enum TimeStampSource {
        NONE, HTTP, SIMULATOR
    }

    /** @param dir where the demo CA, its keystore, certificate and CRL live (created on first start) */
    record Demo(Path dir) {

        Demo {
            dir = dir == null || dir.toString().isBlank() ? null : dir;
        }
    }

    /** The trust anchors plus, in the demo, the demo CA. */
    List<Path> allTrustAnchors(Path demoCertificate) {
        List<Path> all = new ArrayList<>(trustAnchors);
        if (demoCertificate != null) {
            all.add(demoCertificate);
        }
        return all;
    }
}
