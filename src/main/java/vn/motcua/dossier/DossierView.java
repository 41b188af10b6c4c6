package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** A dossier as its applicant sees it: times in the office's zone, only public events, links to its documents. */
public record DossierView(String code, Named procedure, Named office, String channel, String status, String statusLabel,
        OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, List<Step> history,
        List<Document> components, List<Document> results, String slipUrl, String lookupUrl, Fee fee) {

    public record Named(String code, String name) {
    }

    public record Step(String status, String label, OffsetDateTime at, String reason) {
    }

    /**
     * A component or result document. Staff see who handed in a component and when, and the earlier versions a re-scan
     * or a supplement superseded; the applicant sees the current document only (those fields are absent).
     */
    public record Document(String code, String name, String url, boolean reused, Integer version, String addedBy,
            OffsetDateTime addedAt, List<Version> earlierVersions) {

        public Document(String code, String name, String url, boolean reused) {
            this(code, name, url, reused, null, null, null, null);
        }
    }

    /** An earlier version of a component, kept: where to open it, who handed it in and when. */
    public record Version(int version, String url, boolean reused, String addedBy, OffsetDateTime addedAt) {
    }

    /**
     * The dossier's fees and charges, once recorded.
     *
     * @param paymentsUrl where the applicant opens an online payment request (POST), while the dossier awaits its fee
     * @param receipts    the electronic receipts (and cancellations) of the dossier
     */
    public record Fee(List<FeeLine> lines, long total, String totalInWords, String paymentsUrl, List<ReceiptLink> receipts) {
    }

    /** @param exemption the Vietnamese name of the exemption that brought the line to 0, or null */
    public record FeeLine(String description, long amount, String exemption) {
    }

    public record ReceiptLink(String number, String kind, String url, String pdfUrl) {
    }
}
