package vn.motcua.signing;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Reading names out of certificates. */
public final class Certificates {

    private Certificates() {
    }

    /** The subject's common name (CN), Vietnamese letters intact; the whole subject when it has none. */
    public static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        if (names.length > 0 && names[0].getFirst().getValue() instanceof ASN1String text) {
            return text.getString();
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
