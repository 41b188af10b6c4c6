package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** A dossier as its applicant sees it: times in the office's zone, only public events, links to its documents. */
public record DossierView(String code, Named procedure, Named office, String channel, String status, String statusLabel,
        OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, List<Step> history,
        List<Document> components, List<Document> results, String slipUrl, String lookupUrl) {

    public record Named(String code, String name) {
    }

    public record Step(String status, String label, OffsetDateTime at, String reason) {
    }

    public record Document(String code, String name, String url, boolean reused) {
    }
}
