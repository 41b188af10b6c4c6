package vn.motcua.digitisation;

import java.time.Instant;

/** A blob as the orphan sweeper sees it: its address and when it was last stored. */
public record BlobInfo(String sha256, Instant lastModified) {
}
