package vn.motcua.signing;

/** An office or officer has no key and certificate to sign with (no entry in the keystore). */
public class NoSigningKey extends RuntimeException {

    public NoSigningKey(SigningIdentity identity) {
        super("no signing key for " + identity.kind().name().toLowerCase() + " " + identity.id()
                + " (keystore alias " + identity.alias() + ")");
    }
}
