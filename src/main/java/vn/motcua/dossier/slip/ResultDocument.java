package vn.motcua.dossier.slip;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A result a procedure issues (a birth certificate extract, a residence confirmation, a
 * health-insurance card), printed as an electronic document with its lines and a QR code of
 * {@code lookupUrl} (the public verification of the signed document).
 */
public record ResultDocument(String officeName, String officeCode, String dossierCode, String title, String number,
        List<Line> lines, ZonedDateTime issuedAt, String lookupUrl) {

    public ResultDocument {
        if (officeName == null || officeCode == null || dossierCode == null || title == null || issuedAt == null
                || lookupUrl == null) {
            throw new IllegalArgumentException("a result document needs its office, dossier, title, date and link");
        }
        lines = List.copyOf(lines);
    }

    /** One "label: value" line of the document. */
    public record Line(String label, String value) {
    }
}
