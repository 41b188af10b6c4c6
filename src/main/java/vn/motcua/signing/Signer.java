package vn.motcua.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The keys of offices and officers. The private key never leaves the adapter: it signs the bytes it is
 * given, so a hardware security module can implement this port as well as a keystore file.
 */
public interface Signer {

    /**
     * The identity's certificate first, then the certificates of the CAs that issued it (the root may be
     * left out). Throws {@link NoSigningKey} when the identity has no key.
     */
    List<X509Certificate> certificateChain(SigningIdentity identity);

    /**
     * Signs {@code data} with the identity's private key: SHA-256 with the key's algorithm (SHA256withRSA
     * or SHA256withECDSA). Throws {@link NoSigningKey} when the identity has no key.
     */
    byte[] sign(SigningIdentity identity, byte[] data);
}
