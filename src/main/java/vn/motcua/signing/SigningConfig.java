package vn.motcua.signing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.digitisation.PdfBudget;
import vn.motcua.identity.Offices;
import vn.motcua.shared.StartupCheckFailed;
import vn.motcua.signing.infra.CrlRevocationCheck;
import vn.motcua.signing.infra.DemoCertificateAuthority;
import vn.motcua.signing.infra.DemoSigner;
import vn.motcua.signing.infra.DemoSubjects;
import vn.motcua.signing.infra.Pkcs12Signer;
import vn.motcua.signing.infra.SimulatedRevocationCheck;
import vn.motcua.signing.infra.FallbackRevocationCheck;
import vn.motcua.signing.infra.HttpTimeStampAuthority;
import vn.motcua.signing.infra.OcspRevocationCheck;
import vn.motcua.signing.infra.SimulatedTimeStampAuthority;

/**
 * Wires the signing ports to their adapters from {@link SigningSettings}. Outside the demo the keystore and
 * trust anchors must be configured (the start-up preflight says so before anything starts); in the demo a
 * demo CA issues what is missing.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfig {

    /** The demo PKI, or none outside the demo. */
    record DemoPki(DemoCertificateAuthority authority) {
    }

    @Bean
    DemoPki demoPki(SigningSettings settings) {
        return new DemoPki(settings.isDemo() ? DemoCertificateAuthority.openOrCreate(settings.demo().dir()) : null);
    }

    @Bean
    Signer signer(SigningSettings settings, DemoPki demo, Offices offices, IdentityService identity) {
        if (demo.authority() != null && settings.keystore().path() == null) {
            return new DemoSigner(demo.authority(), new DemoSubjects(offices, identity));
        }
        if (settings.keystore().path() == null || settings.keystore().password() == null) {
            throw new StartupCheckFailed("No signing keystore (motcua.signing.keystore.path and .password).",
                    "Set MOTCUA_SIGNING_KEYSTORE and MOTCUA_SIGNING_KEYSTORE_PASSWORD.");
        }
        return new Pkcs12Signer(settings.keystore().path(), settings.keystore().password().toCharArray());
    }

    @Bean
    TrustAnchors trustAnchors(SigningSettings settings, DemoPki demo) {
        return TrustAnchors.load(settings.allTrustAnchors(demo.authority() == null ? null : demo.authority().certificateFile()));
    }

    @Bean
    RevocationCheck revocationCheck(SigningSettings settings, DemoPki demo) {
        var revocation = settings.revocation();
        if (revocation.source() == SigningSettings.RevocationSource.SIMULATOR) {
            return new SimulatedRevocationCheck();
        }
        List<Path> files = new ArrayList<>(revocation.crlFiles());
        if (demo.authority() != null) {
            files.add(demo.authority().crlFile());
        }
        var crls = new CrlRevocationCheck(files, revocation.fetchDistributionPoints(), revocation.timeout());
        return revocation.source() == SigningSettings.RevocationSource.OCSP
                ? new FallbackRevocationCheck(new OcspRevocationCheck(revocation.ocspResponder(), revocation.timeout()), crls)
                : crls;
    }

    @Bean
    PdfSigner pdfSigner(Signer signer, SigningSettings settings, DemoPki demo, PdfBudget budget) {
        var timestamps = settings.timestamps();
        if (timestamps.source() == SigningSettings.TimeStampSource.NONE) {
            return new PdfSigner(signer, null, budget);
        }
        if (timestamps.source() == SigningSettings.TimeStampSource.HTTP) {
            // StartupPreflight has checked the address
            return new PdfSigner(signer, new HttpTimeStampAuthority(
                    java.util.Objects.requireNonNull(timestamps.url(), "motcua.signing.timestamps.url"), timestamps.timeout(),
                    timestamps.username(), timestamps.password()), budget);
        }
        if (demo.authority() == null) {
            throw new StartupCheckFailed("motcua.signing.timestamps.source=SIMULATOR needs the demo PKI (motcua.signing.demo.dir).",
                    "Use source NONE outside the demo.");
        }
        var tsa = demo.authority().timeStamping();
        return new PdfSigner(signer, new SimulatedTimeStampAuthority(tsa.getPrivateKey(),
                java.util.Arrays.stream(tsa.getCertificateChain()).map(java.security.cert.X509Certificate.class::cast).toList()), budget);
    }

    @Bean
    PdfVerifier pdfVerifier(TrustAnchors trustAnchors, RevocationCheck revocationCheck, PdfBudget budget) {
        return new PdfVerifier(trustAnchors, revocationCheck, budget);
    }
}
