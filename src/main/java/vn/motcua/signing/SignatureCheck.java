package vn.motcua.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import vn.motcua.shared.Time;
import vn.motcua.signing.VerificationReport.Problem;

/** The checks of one signature of a PDF (see {@link PdfVerifier}). */
final class SignatureCheck {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    private final TrustAnchors trust;
    private final RevocationCheck revocation;
    private final JcaX509CertificateConverter converter = new JcaX509CertificateConverter();

    SignatureCheck(TrustAnchors trust, RevocationCheck revocation) {
        this.trust = trust;
        this.revocation = revocation;
    }

    /** Checks the signature, adds its problems to {@code problems} and returns what it is. */
    VerificationReport.Signature verify(byte[] pdf, PDSignature dictionary, int number, List<Problem> problems) {
        var found = new Findings(number, dictionary);
        check(pdf, dictionary, found);
        problems.addAll(found.problems);
        return new VerificationReport.Signature(number, found.signer,
                found.signedAt == null ? null : found.signedAt.atZone(VIETNAM).toOffsetDateTime(), dictionary.getReason(),
                found.problems.isEmpty(), found.timeStamped);
    }

    private void check(byte[] pdf, PDSignature dictionary, Findings found) {
        String subFilter = dictionary.getSubFilter();
        if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(subFilter)
                && !PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName().equals(subFilter)) {
            found.problem(ProblemCode.UNSUPPORTED_SIGNATURE, "(" + subFilter + ")");
            return;
        }
        int[] range = dictionary.getByteRange();
        byte[] contents = contentsInGap(pdf, range);
        if (contents == null || !Arrays.equals(contents, dictionary.getContents())) {
            found.problem(ProblemCode.INTEGRITY, null);
            return;
        }
        SignerInformation signerInfo;
        CMSSignedData cms;
        X509CertificateHolder holder;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes(pdf, range)), paddedContentInfo(contents));
            var signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                found.problem(ProblemCode.UNSUPPORTED_SIGNATURE, null);
                return;
            }
            signerInfo = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
            if (matches.isEmpty()) {
                found.problem(ProblemCode.SIGNING_CERTIFICATE_MISMATCH, null);
                return;
            }
            holder = matches.iterator().next();
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                found.problem(ProblemCode.INTEGRITY, null);
                return;
            }
        } catch (CMSException | OperatorCreationException | CertificateException | IOException | RuntimeException e) {
            found.problem(ProblemCode.INTEGRITY, null);
            return;
        }
        X509Certificate certificate;
        List<X509Certificate> others = new ArrayList<>();
        try {
            certificate = converter.getCertificate(holder);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder h : all) {
                others.add(converter.getCertificate(h));
            }
        } catch (CertificateException e) {
            found.problem(ProblemCode.SIGNING_CERTIFICATE_MISMATCH, null);
            return;
        }
        found.signer = Certificates.commonName(certificate);
        if (!matchesSigningCertificateAttribute(signerInfo, holder, dictionary)) {
            found.problem(ProblemCode.SIGNING_CERTIFICATE_MISMATCH, null);
        }
        checkTimeStamp(signerInfo, found);
        checkCertificate(certificate, others, found);
    }

    /** The hex string that the ByteRange leaves out, decoded; null unless it is exactly one {@code <…>} of hex digits. */
    private static byte[] contentsInGap(byte[] pdf, int[] range) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[3] < 0) {
            return null;
        }
        long start = range[1];
        long end = range[2];
        if (end <= start + 1 || (long) range[2] + range[3] > pdf.length || pdf[(int) start] != '<' || pdf[(int) end - 1] != '>') {
            return null;
        }
        int digits = (int) (end - start - 2);
        if (digits % 2 != 0) {
            return null;
        }
        byte[] decoded = new byte[digits / 2];
        for (int i = 0; i < decoded.length; i++) {
            int high = Character.digit(pdf[(int) start + 1 + 2 * i], 16);
            int low = Character.digit(pdf[(int) start + 2 + 2 * i], 16);
            if (high < 0 || low < 0) {
                return null;
            }
            decoded[i] = (byte) (high << 4 | low);
        }
        return decoded;
    }

    private static byte[] signedBytes(byte[] pdf, int[] range) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        return signed;
    }

    /** The CMS at the start of the contents; everything after it must be the zero padding the signer left. */
    private static ContentInfo paddedContentInfo(byte[] contents) throws IOException {
        var in = new ByteArrayInputStream(contents);
        ASN1Primitive object;
        try (var asn1 = new ASN1InputStream(in, contents.length)) {
            object = asn1.readObject();
        }
        if (object == null) {
            throw new IOException("no CMS in the signature");
        }
        int rest = in.available();
        for (int i = contents.length - rest; i < contents.length; i++) {
            if (contents[i] != 0) {
                throw new IOException("data after the CMS signature");
            }
        }
        return ContentInfo.getInstance(object);
    }

    /** PAdES ties the signature to its certificate with signing-certificate-v2 (a hash of the certificate). */
    private static boolean matchesSigningCertificateAttribute(SignerInformation signerInfo, X509CertificateHolder holder,
            PDSignature dictionary) {
        Attribute attribute = signerInfo.getSignedAttributes() == null ? null
                : signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return !PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(dictionary.getSubFilter());
        }
        try {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            if (!NISTObjectIdentifiers.id_sha256.equals(id.getHashAlgorithm().getAlgorithm())) {
                return false;
            }
            return Arrays.equals(id.getCertHash(), CmsSignatures.sha256(holder.getEncoded()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A valid signature time-stamp fixes the signing time; without one the signer's claim (/M) stands. */
    private void checkTimeStamp(SignerInformation signerInfo, Findings found) {
        Attribute attribute = signerInfo.getUnsignedAttributes() == null ? null
                : signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return;
        }
        try {
            var token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            var info = token.getTimeStampInfo();
            boolean imprintMatches = NISTObjectIdentifiers.id_sha256.equals(info.getMessageImprintAlgOID())
                    && Arrays.equals(info.getMessageImprintDigest(), CmsSignatures.sha256(signerInfo.getSignature()));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> tsaCertificates = token.getCertificates().getMatches(token.getSID());
            if (!imprintMatches || tsaCertificates.isEmpty()) {
                found.problem(ProblemCode.TIMESTAMP_INVALID, null);
                return;
            }
            X509CertificateHolder tsa = tsaCertificates.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            List<X509Certificate> chain = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
            for (X509CertificateHolder h : all) {
                chain.add(converter.getCertificate(h));
            }
            if (path(converter.getCertificate(tsa), chain, info.getGenTime()) == null) {
                found.problem(ProblemCode.TIMESTAMP_INVALID, "(đơn vị cấp dấu thời gian không được tin cậy)");
                return;
            }
            found.signedAt = info.getGenTime().toInstant();
            found.timeStamped = true;
        } catch (TSPException | IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            found.problem(ProblemCode.TIMESTAMP_INVALID, null);
        }
    }

    private void checkCertificate(X509Certificate certificate, List<X509Certificate> others, Findings found) {
        Instant at = found.signedAt != null ? found.signedAt : Time.now();
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            found.problem(ProblemCode.CERTIFICATE_EXPIRED, "(hết hạn lúc " + TIME.format(certificate.getNotAfter().toInstant().atZone(VIETNAM)) + ")");
        } catch (CertificateNotYetValidException e) {
            found.problem(ProblemCode.CERTIFICATE_NOT_YET_VALID, null);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            found.problem(ProblemCode.KEY_USAGE, null);
        }
        // Trust is judged within the certificate's own validity, so that an expired certificate is reported as
        // expired, not as untrusted as well.
        Date within = Date.from(clamp(at, certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()));
        PKIXCertPathBuilderResult path = path(certificate, others, within);
        if (path == null) {
            found.problem(ProblemCode.CERTIFICATE_UNTRUSTED, null);
            return;
        }
        var chain = path.getCertPath().getCertificates();
        X509Certificate issuer = chain.size() > 1 ? (X509Certificate) chain.get(1) : path.getTrustAnchor().getTrustedCert();
        RevocationStatus status = revocation.status(certificate, issuer);
        switch (status.state()) {
            case REVOKED -> {
                // Without a time-stamp the signing time is only the signer's claim: a revoked key could backdate it.
                if (!found.timeStamped || !status.revokedAt().isAfter(at)) {
                    found.problem(ProblemCode.CERTIFICATE_REVOKED,
                            "(thu hồi lúc " + TIME.format(status.revokedAt().atZone(VIETNAM)) + ")");
                }
            }
            case UNKNOWN -> found.problem(ProblemCode.REVOCATION_UNKNOWN, status.detail() == null ? null : "(" + status.detail() + ")");
            case GOOD -> {
            }
        }
    }

    private PKIXCertPathBuilderResult path(X509Certificate target, Collection<X509Certificate> others, Date at) {
        if (trust.isEmpty()) {
            return null;
        }
        try {
            var selector = new X509CertSelector();
            selector.setCertificate(target);
            var parameters = new PKIXBuilderParameters(trust.anchors(), selector);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (CertPathBuilderException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX is not available", e);
        }
    }

    private static Instant clamp(Instant at, Instant from, Instant to) {
        return at.isBefore(from) ? from : at.isAfter(to) ? to : at;
    }

    /** What the checks found about one signature. */
    private static final class Findings {

        private final int number;
        private final List<Problem> problems = new ArrayList<>();
        private String signer;
        private Instant signedAt;
        private boolean timeStamped;

        Findings(int number, PDSignature dictionary) {
            this.number = number;
            this.signer = dictionary.getName();
            this.signedAt = dictionary.getSignDate() == null ? null : dictionary.getSignDate().toInstant();
        }

        void problem(ProblemCode code, String detail) {
            problems.add(Problem.of(code, number, detail));
        }
    }
}
