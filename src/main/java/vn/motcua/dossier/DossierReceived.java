package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier was registered, with its components: published once, in the transaction that registers it.
 *
 * @param dueAt     the appointment given at receipt; null for a dossier that gets it at acceptance (see {@link Dossiers#accept})
 * @param digitised at least one component was handed in as a document (uploaded, scanned or reused)
 * @param reused    at least one component was taken from the applicant's document store
 */
public record DossierReceived(String code, String officeId, String procedureCode, Channel channel, Instant receivedAt,
        Instant dueAt, boolean digitised, boolean reused) {
}
