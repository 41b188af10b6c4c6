package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS SignedData of a PAdES-B-B signature (ETSI EN 319 142-1): detached, SHA-256, the signed attributes
 * content-type, message-digest and signing-certificate-v2, and no signing-time (PAdES puts the claimed time
 * in the signature dictionary's /M). Optionally an RFC 3161 signature time-stamp as an unsigned attribute.
 */
final class CmsSignatures {

    private static final DigestCalculatorProvider DIGESTS;

    static {
        try {
            DIGESTS = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private CmsSignatures() {
    }

    /** The DER-encoded CMS over {@code content} (the PDF's ByteRange) by the identity's key in {@code signer}. */
    static byte[] create(byte[] content, SigningIdentity identity, Signer signer, TimeStampAuthority timeStamps) {
        List<X509Certificate> chain = signer.certificateChain(identity);
        X509Certificate certificate = chain.get(0);
        try {
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(DIGESTS)
                    .setSignedAttributeGenerator(signedAttributes(certificate))
                    .build(new PortContentSigner(identity, signer, certificate), certificate));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (timeStamps != null) {
                signed = withTimeStamp(signed, timeStamps);
            }
            return signed.getEncoded("DER");
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot build the CMS signature of " + identity.alias(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate) throws CertificateEncodingException {
        var issuer = new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded())));
        var certId = new ESSCertIDv2(sha256(certificate.getEncoded()), new IssuerSerial(issuer, certificate.getSerialNumber()));
        var attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(certId))));
        var defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStampAuthority timeStamps) throws IOException, CMSException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = timeStamps.timeStamp(sha256(signer.getSignature()));
        var unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** BouncyCastle's view of the {@link Signer} port: it buffers the signed attributes and has the port sign them. */
    private static final class PortContentSigner implements ContentSigner {

        private final SigningIdentity identity;
        private final Signer signer;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream(512);

        PortContentSigner(SigningIdentity identity, Signer signer, X509Certificate certificate) {
            this.identity = identity;
            this.signer = signer;
            String keyAlgorithm = certificate.getPublicKey().getAlgorithm();
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder()
                    .find("EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256withRSA");
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            return signer.sign(identity, data.toByteArray());
        }
    }
}
