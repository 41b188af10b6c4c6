package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dossier as stored: what was handed in, by whom, where it stands and its history.
 *
 * @param dueAt             the appointment promised at receipt (the dossier clock may move it later)
 * @param components        the current document of each component handed in, by component code
 * @param componentVersions every document handed in for a component, by component code and version: the current ones
 *                          and those a later version superseded (kept, never deleted)
 */
public record Dossier(String code, String officeId, String procedureCode, Channel channel, DossierStatus status,
        Applicant applicant, Map<String, String> details, Instant receivedAt, Instant dueAt, Instant finishedAt, String receivedBy,
        String processInstanceId, List<Event> history, List<ComponentDocument> components, List<ResultDocument> results,
        List<ComponentVersion> componentVersions) {

    public Dossier {
        details = Map.copyOf(details);
        history = List.copyOf(history);
        components = List.copyOf(components);
        results = List.copyOf(results);
        componentVersions = List.copyOf(componentVersions);
    }

    /** Every version of a component, oldest first: the current one last. */
    public List<ComponentVersion> versionsOf(String componentCode) {
        return componentVersions.stream().filter(v -> v.componentCode().equals(componentCode)).toList();
    }

    /** Whether the document was handed in for one of the dossier's components, now or in an earlier version. */
    public boolean hasComponentDocument(UUID documentId) {
        return componentVersions.stream().anyMatch(v -> v.documentId().equals(documentId));
    }

    /** A change of status: who, when, why; public events are shown to the citizen. */
    public record Event(DossierStatus status, Instant at, String actor, String reason, boolean publicEvent) {
    }

    /** A document handed in for a component; reused = taken from the citizen's store, not uploaded again. */
    public record ComponentDocument(String componentCode, UUID documentId, boolean reused) {
    }

    /**
     * One handing-in of a component: a re-scan at the counter or a supplement adds a version, and the highest is the
     * component's current document.
     *
     * @param addedBy the clerk's user id, or {@code online} for the applicant on the portal
     */
    public record ComponentVersion(String componentCode, int version, UUID documentId, boolean reused, String addedBy,
            Instant addedAt) {

        ComponentDocument document() {
            return new ComponentDocument(componentCode, documentId, reused);
        }
    }

    /** A document the procedure issued. */
    public record ResultDocument(String resultCode, UUID documentId) {
    }
}
