package vn.motcua.signing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import vn.motcua.shared.Time;
import vn.motcua.signing.TimeStampAuthority;

/**
 * A time-stamping authority in-process: it answers an RFC 3161 request as a real TSA does (a token signed by
 * its own time-stamping certificate, with that certificate's chain), at the engine's time. For the demo and
 * tests; production points at its provider's TSA.
 */
public class SimulatedTimeStampAuthority implements TimeStampAuthority {

    /** An OID of the ASN.1 example arc: this simulator's policy, which no real TSA uses. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("2.999.7.1");

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    /** @param chain the time-stamping certificate (extended key usage timeStamping) first, then its CAs */
    public SimulatedTimeStampAuthority(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    @Override
    public byte[] timeStamp(byte[] sha256) {
        try {
            var generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, chain.get(0)),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            generator.addCertificates(new JcaCertStore(chain));
            var requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            var request = requests.generate(TSPAlgorithms.SHA256, sha256);
            return generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(Time.now())).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new IllegalStateException("the simulated time-stamping authority failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
