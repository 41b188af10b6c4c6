package vn.motcua.dossier;

/**
 * A component document (handed in, scanned or reused) or a result document (issued) was attached to the
 * dossier after its receipt; published in the transaction that attaches it.
 */
public record DossierDocumentAdded(String code, Kind kind, boolean reused) {

    /** What the document is to the dossier. */
    public enum Kind { COMPONENT, RESULT }
}
