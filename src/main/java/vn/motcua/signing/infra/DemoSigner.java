package vn.motcua.signing.infra;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

import org.bouncycastle.asn1.x500.X500Name;

import vn.motcua.signing.Signer;
import vn.motcua.signing.SigningIdentity;

/**
 * The demo's keys: those in the demo keystore, and for an office or officer that has none yet a key and
 * certificate the demo CA issues on the spot. Never in production, where a missing key is an error.
 */
public class DemoSigner implements Signer {

    private final Pkcs12Signer keys;
    private final DemoCertificateAuthority authority;
    private final Function<SigningIdentity, X500Name> subjects;

    /** @param subjects the certificate subject for an identity (its office or person name) */
    public DemoSigner(DemoCertificateAuthority authority, Function<SigningIdentity, X500Name> subjects) {
        this.authority = authority;
        this.keys = new Pkcs12Signer(authority.keystoreFile(), DemoCertificateAuthority.PASSWORD);
        this.subjects = subjects;
    }

    @Override
    public List<X509Certificate> certificateChain(SigningIdentity identity) {
        return issueIfMissing(identity).certificateChain(identity);
    }

    @Override
    public byte[] sign(SigningIdentity identity, byte[] data) {
        return issueIfMissing(identity).sign(identity, data);
    }

    private Pkcs12Signer issueIfMissing(SigningIdentity identity) {
        if (!keys.has(identity.alias())) {
            keys.add(identity.alias(), authority.ensure(identity.alias(), subjects.apply(identity)));
        }
        return keys;
    }
}
