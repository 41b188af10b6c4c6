package vn.motcua.dossier.slip;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the receipt and appointment slip (form 01 of Circular 01/2018/TT-VPCP) says about one dossier.
 *
 * <p>Times are printed in their own zones, so pass them in the receiving office's zone. The applicant's
 * ID number, phone and address, the channel and the receiving officer may be null or blank: their lines
 * are then left out (the officer's name is then written by hand under the signature). Everything else
 * is required.
 *
 * @param channel Vietnamese label of how the dossier arrived, e.g. "Trực tuyến", "Trực tiếp"
 * @param lookupUrl the dossier's public lookup link, printed as text (and as the QR code when there is no verifyUrl)
 * @param verifyUrl where anyone checks the signed slip ({@code /api/public/verify/{documentId}}), printed as the QR code
 *                  and as text; null for a slip that is not signed (a preview)
 */
public record AppointmentSlip(String officeName, String officeCode, String dossierCode, String procedureName,
        String applicantName, String applicantIdNumber, String applicantPhone, String applicantAddress,
        String channel, List<SlipComponent> components, ZonedDateTime receivedAt, ZonedDateTime dueAt,
        String receivedBy, String lookupUrl, String verifyUrl) {

    /** An unsigned slip: its QR code is the dossier's lookup link. */
    public AppointmentSlip(String officeName, String officeCode, String dossierCode, String procedureName, String applicantName,
            String applicantIdNumber, String applicantPhone, String applicantAddress, String channel, List<SlipComponent> components,
            ZonedDateTime receivedAt, ZonedDateTime dueAt, String receivedBy, String lookupUrl) {
        this(officeName, officeCode, dossierCode, procedureName, applicantName, applicantIdNumber, applicantPhone, applicantAddress,
                channel, components, receivedAt, dueAt, receivedBy, lookupUrl, null);
    }

    /** The same slip, to be signed: its QR code leads to the verification of the stored document. */
    public AppointmentSlip toVerifyAt(String verifyUrl) {
        requireText(verifyUrl, "verifyUrl");
        return new AppointmentSlip(officeName, officeCode, dossierCode, procedureName, applicantName, applicantIdNumber,
                applicantPhone, applicantAddress, channel, components, receivedAt, dueAt, receivedBy, lookupUrl, verifyUrl);
    }

    public AppointmentSlip {
        requireText(officeName, "officeName");
        requireText(officeCode, "officeCode");
        requireText(dossierCode, "dossierCode");
        requireText(procedureName, "procedureName");
        requireText(applicantName, "applicantName");
        requireText(lookupUrl, "lookupUrl");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException(
                    "dossier " + dossierCode + " is due (" + dueAt + ") before it was received (" + receivedAt + ")");
        }
        components = List.copyOf(Objects.requireNonNull(components, "components"));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an appointment slip needs " + field);
        }
    }
}
