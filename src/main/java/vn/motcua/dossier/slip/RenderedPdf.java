package vn.motcua.dossier.slip;

/** A PDF as printed: its bytes and how many pages the layout gave it. */
public record RenderedPdf(byte[] content, int pages) {
}
