package vn.motcua.signing.infra;

import java.util.function.Function;

import org.bouncycastle.asn1.x500.X500Name;
import org.camunda.bpm.engine.IdentityService;

import vn.motcua.identity.Offices;
import vn.motcua.signing.SigningIdentity;

/** The subject of a demo certificate: the office's name and province, or the officer's full name. */
public class DemoSubjects implements Function<SigningIdentity, X500Name> {

    private final Offices offices;
    private final IdentityService identity;

    public DemoSubjects(Offices offices, IdentityService identity) {
        this.offices = offices;
        this.identity = identity;
    }

    @Override
    public X500Name apply(SigningIdentity who) {
        if (who.kind() == SigningIdentity.Kind.OFFICE) {
            return offices.find(who.id())
                    .map(o -> CertificateIssuer.name(o.name(), o.province(), DemoCertificateAuthority.DEMO_UNIT))
                    .orElseGet(() -> CertificateIssuer.name(who.id(), null, DemoCertificateAuthority.DEMO_UNIT));
        }
        var user = identity.createUserQuery().userId(who.id()).singleResult();
        String name = user == null ? who.id() : (user.getFirstName() + " " + user.getLastName()).trim();
        return CertificateIssuer.name(name, null, DemoCertificateAuthority.DEMO_UNIT);
    }
}
