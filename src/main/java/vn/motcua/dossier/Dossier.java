package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dossier as stored: what was handed in, by whom, where it stands and its history.
 *
 * @param dueAt the appointment promised at receipt (the dossier clock may move it later)
 */
public record Dossier(String code, String officeId, String procedureCode, Channel channel, DossierStatus status,
        Applicant applicant, Map<String, String> details, Instant receivedAt, Instant dueAt, Instant finishedAt, String receivedBy,
        String processInstanceId, List<Event> history, List<ComponentDocument> components, List<ResultDocument> results) {

    public Dossier {
        details = Map.copyOf(details);
        history = List.copyOf(history);
        components = List.copyOf(components);
        results = List.copyOf(results);
    }

    /** A change of status: who, when, why; public events are shown to the citizen. */
    public record Event(DossierStatus status, Instant at, String actor, String reason, boolean publicEvent) {
    }

    /** A document handed in for a component; reused = taken from the citizen's store, not uploaded again. */
    public record ComponentDocument(String componentCode, UUID documentId, boolean reused) {
    }

    /** A document the procedure issued. */
    public record ResultDocument(String resultCode, UUID documentId) {
    }
}
