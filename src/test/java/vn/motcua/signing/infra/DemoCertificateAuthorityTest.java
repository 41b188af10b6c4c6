package vn.motcua.signing.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.signing.Certificates;
import vn.motcua.signing.SigningIdentity;

/** The demo PKI is made once and kept: a restart finds the same CA and the keys it issued. */
class DemoCertificateAuthorityTest {

    @TempDir
    Path dir;

    @Test
    void keepsItsCaAndIssuedKeysAcrossRestarts() {
        var first = DemoCertificateAuthority.openOrCreate(dir);
        var issued = first.ensure(SigningIdentity.office("xa-an-phu").alias(),
                CertificateIssuer.name("Trung tâm phục vụ hành chính công xã An Phú", "Tỉnh Mẫu", DemoCertificateAuthority.DEMO_UNIT));

        var afterRestart = DemoCertificateAuthority.openOrCreate(dir);
        var signer = new DemoSigner(afterRestart, identity -> {
            throw new AssertionError("nothing should be issued again, asked for " + identity);
        });

        assertThat(afterRestart.certificate()).isEqualTo(first.certificate());
        assertThat(Certificates.commonName(afterRestart.certificate())).isEqualTo("Motcua DEMO CA — không dùng cho sản xuất");
        assertThat(signer.certificateChain(SigningIdentity.office("xa-an-phu")).get(0)).isEqualTo(issued.getCertificate());
        assertThat(signer.certificateChain(SigningIdentity.office("xa-an-phu")).get(1)).isEqualTo(first.certificate());
    }

    @Test
    void issuesAMissingKeyOnDemandWithTheSubjectItIsGiven() {
        var signer = new DemoSigner(DemoCertificateAuthority.openOrCreate(dir),
                identity -> CertificateIssuer.name("Tên của " + identity.id(), null, DemoCertificateAuthority.DEMO_UNIT));

        var chain = signer.certificateChain(SigningIdentity.officer("lanhdao.moi"));

        assertThat(Certificates.commonName(chain.get(0))).isEqualTo("Tên của lanhdao.moi");
        assertThat(chain.get(0).getKeyUsage()[0]).isTrue();
        assertThat(chain.get(0).getNotAfter().toInstant()).isAfter(java.time.Instant.parse("2040-01-01T00:00:00Z"));
    }
}
