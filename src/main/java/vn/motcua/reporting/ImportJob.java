package vn.motcua.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of past dossiers and how far it got.
 *
 * @param status   RUNNING, DONE or FAILED (an unexpected error, in {@code failure}; the rows imported so far stay)
 * @param total    the data rows of the file
 * @param processed the rows checked so far; the others are counted once processed
 * @param rejectedRows the first {@value HistoricalImport#LISTED} rejected rows, by line
 * @param presentRows  the first {@value HistoricalImport#LISTED} rows whose dossier code was known already
 */
public record ImportJob(UUID id, String status, String fileName, int total, int processed, int imported, int alreadyPresent,
        int rejected, Instant startedAt, Instant finishedAt, String failure, List<RowProblem> rejectedRows, List<RowProblem> presentRows) {

    public ImportJob {
        rejectedRows = List.copyOf(rejectedRows);
        presentRows = List.copyOf(presentRows);
    }

    /** A row that was not imported: its line in the file (the header is line 1), dossier code, field and reason. */
    public record RowProblem(int line, String code, String field, String reason) {
    }

    public boolean running() {
        return status.equals(HistoricalImport.RUNNING);
    }
}
