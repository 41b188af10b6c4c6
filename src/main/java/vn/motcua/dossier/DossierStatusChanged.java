package vn.motcua.dossier;

import java.time.Instant;

/** The dossier's status changed (a final status ends it at {@code at}); published in the transaction that records it. */
public record DossierStatusChanged(String code, DossierStatus status, Instant at) {
}
