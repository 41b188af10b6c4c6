package vn.motcua.digitisation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A PDF the application produced itself (a result it issues), to keep in the stores of the people it
 * concerns. Unlike a scan it needs no format sniffing or page counting: whoever rendered it knows both.
 *
 * @param id             the id of the first owner's document, or null for a new random one: a document that prints
 *                       its own id (the QR code of a signed result) is given it before it is rendered; the other
 *                       owners' documents get new ids
 * @param ownerIdNumbers the owners, first the one whose document id the caller keeps (e.g. the applicant,
 *                       then the newborn); each gets a row of their own pointing at the same bytes
 * @param fileName       the file name, checked as an uploaded one would be
 * @param content        the bytes, a PDF
 * @param pages          its pages, as rendered
 * @param issuedBy       the user id recorded as the document's scanner (e.g. "system")
 * @param componentCode  the result it is (e.g. TRICH_LUC_KHAI_SINH)
 */
public record IssuedPdf(UUID id, List<String> ownerIdNumbers, String fileName, byte[] content, int pages, String issuedBy,
        String componentCode) {

    public IssuedPdf {
        ownerIdNumbers = ownerIdNumbers.stream().distinct().toList();
        if (ownerIdNumbers.isEmpty()) {
            throw new IllegalArgumentException("an issued document needs an owner");
        }
        ownerIdNumbers.forEach(owner -> NewDocument.requireText("ownerIdNumber", owner, 32));
        NewDocument.requireText("issuedBy", issuedBy, 64);
        NewDocument.requireText("componentCode", componentCode, 64);
        Objects.requireNonNull(content, "content");
        if (pages < 1) {
            throw new IllegalArgumentException("a PDF has at least one page, not " + pages);
        }
    }
}
