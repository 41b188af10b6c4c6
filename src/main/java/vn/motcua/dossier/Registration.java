package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.motcua.catalog.Procedure;

/**
 * A dossier about to be registered: everything intake has checked and digitised.
 *
 * @param details        the procedure-specific fields of the application (procedure.yaml "details")
 * @param receivedBy     the clerk's login at the counter; null online
 * @param idempotencyKey the client's key that makes a retried submission return the first dossier
 * @param requestHash    a digest of the submission, to tell a retry from a different request under the same key
 */
public record Registration(Procedure procedure, String officeId, Channel channel, Applicant applicant,
        Map<String, String> details, Instant receivedAt, String receivedBy, List<Dossier.ComponentDocument> components,
        String idempotencyKey, String requestHash) {

    public Registration {
        details = Map.copyOf(details);
        components = List.copyOf(components);
    }
}
