package vn.motcua.signing.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.motcua.signing.NoSigningKey;
import vn.motcua.signing.Signer;
import vn.motcua.signing.SigningIdentity;

/**
 * The keys of offices and officers in a PKCS#12 keystore ({@code motcua.signing.keystore.path} and
 * {@code .password}), one private-key entry per identity under its {@link SigningIdentity#alias() alias}, with
 * its certificate chain. The keystore is read once, at start.
 */
public class Pkcs12Signer implements Signer {

    private final Map<String, KeyStore.PrivateKeyEntry> entries = new ConcurrentHashMap<>();

    public Pkcs12Signer(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            var protection = new KeyStore.PasswordProtection(password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    entries.put(alias, (KeyStore.PrivateKeyEntry) store.getEntry(alias, protection));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing keystore " + keystore.toAbsolutePath()
                    + " (motcua.signing.keystore.path): " + e.getMessage(), e);
        }
    }

    /** Whether the keystore holds a key for this alias. */
    boolean has(String alias) {
        return entries.containsKey(alias);
    }

    /** Takes a key that was added to the keystore file after start (by the demo CA). */
    void add(String alias, KeyStore.PrivateKeyEntry entry) {
        entries.put(alias, entry);
    }

    @Override
    public List<X509Certificate> certificateChain(SigningIdentity identity) {
        return Arrays.stream(entry(identity).getCertificateChain()).map(X509Certificate.class::cast).toList();
    }

    @Override
    public byte[] sign(SigningIdentity identity, byte[] data) {
        var key = entry(identity).getPrivateKey();
        try {
            var signature = Signature.getInstance("EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of " + identity.alias(), e);
        }
    }

    private KeyStore.PrivateKeyEntry entry(SigningIdentity identity) {
        var entry = entries.get(identity.alias());
        if (entry == null) {
            throw new NoSigningKey(identity);
        }
        return entry;
    }
}
