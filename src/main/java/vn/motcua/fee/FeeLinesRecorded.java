package vn.motcua.fee;

/** A dossier's fee lines were recorded (once per dossier); {@code totalVnd} is 0 when every line is exempt. */
public record FeeLinesRecorded(String dossierCode, long totalVnd) {
}
