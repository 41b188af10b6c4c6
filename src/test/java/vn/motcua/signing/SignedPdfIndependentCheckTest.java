package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.signing.infra.Pkcs12Signer;

/**
 * A signed PDF as others see it (issue 7, acceptance 2): an ordinary renderer shows the stamp at the top left
 * of page 1, and BouncyCastle on its own, fed the bytes the ByteRange names, finds each signature intact.
 * Nothing here goes through {@link PdfVerifier}.
 */
class SignedPdfIndependentCheckTest {

    private static final float DPI = 100;

    @TempDir
    static Path dir;

    private static Pkcs12Signer keys;

    @BeforeAll
    static void makePki() {
        keys = new TestPki().signer(dir);
    }

    @Test
    void page1ShowsTheStampAtTheTopLeftWhereTheUnsignedPageIsBlank() throws IOException {
        byte[] unsigned = SamplePdfs.twoPages();
        byte[] signed = new PdfSigner(keys, null).sign(unsigned, TestPki.OFFICE, "Cấp kết quả giải quyết thủ tục hành chính");

        BufferedImage before = renderPage1(unsigned);
        BufferedImage after = renderPage1(signed);
        ImageIO.write(after, "png", Files.createDirectories(Path.of("target/signing")).resolve("signed-page-1.png").toFile());

        PDRectangle stamp = SignatureStamp.area(PDRectangle.A4, 0);
        assertThat(inkIn(before, stamp)).isZero();
        assertThat(inkIn(after, stamp)).isGreaterThan(0.05);
        assertThat(stamp.getLowerLeftX()).isLessThan(PDRectangle.A4.getWidth() / 4);
        assertThat(stamp.getUpperRightY()).isGreaterThan(PDRectangle.A4.getHeight() * 0.95f);
        assertThat(inkIn(after, SignatureStamp.area(PDRectangle.A4, 1))).isZero();
    }

    @Test
    void aSecondSignaturePutsItsStampBesideTheFirst() throws IOException {
        byte[] twice = new PdfSigner(keys, null).sign(new PdfSigner(keys, null).sign(SamplePdfs.twoPages(), TestPki.OFFICE, "Số hoá"),
                TestPki.LEADER, "Phê duyệt");

        BufferedImage page = renderPage1(twice);

        assertThat(inkIn(page, SignatureStamp.area(PDRectangle.A4, 0))).isGreaterThan(0.05);
        assertThat(inkIn(page, SignatureStamp.area(PDRectangle.A4, 1))).isGreaterThan(0.05);
    }

    @Test
    void bouncyCastleAloneFindsEverySignatureIntactOverItsByteRange() throws Exception {
        byte[] twice = new PdfSigner(keys, null).sign(new PdfSigner(keys, null).sign(SamplePdfs.twoPages(), TestPki.OFFICE, "Số hoá"),
                TestPki.LEADER, "Phê duyệt");

        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(twice)) {
            signatures = document.getSignatureDictionaries();
        }

        assertThat(signatures).hasSize(2);
        long lastEnd = 0;
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            // the CMS, read as one ASN.1 object: the zeros that pad /Contents come after it
            ContentInfo contentInfo;
            try (var asn1 = new ASN1InputStream(signature.getContents(twice))) {
                contentInfo = ContentInfo.getInstance(asn1.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(twice)), contentInfo);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            lastEnd = Math.max(lastEnd, (long) range[2] + range[3]);
        }
        assertThat(lastEnd).isEqualTo(twice.length);
    }

    private static BufferedImage renderPage1(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, DPI);
        }
    }

    /** The share of pixels in the area (PDF coordinates, origin bottom left) that are not white. */
    private static double inkIn(BufferedImage page, PDRectangle area) {
        float scale = DPI / 72;
        int x0 = Math.round(area.getLowerLeftX() * scale);
        int x1 = Math.round(area.getUpperRightX() * scale);
        int y0 = Math.round(page.getHeight() - area.getUpperRightY() * scale);
        int y1 = Math.round(page.getHeight() - area.getLowerLeftY() * scale);
        int ink = 0;
        int all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = page.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    ink++;
                }
                all++;
            }
        }
        return (double) ink / all;
    }
}
