package vn.motcua.reporting;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.motcua.deadline.DeadlineSettings;
import vn.motcua.identity.Office;
import vn.motcua.shared.InvalidRequest;
import vn.motcua.shared.Time;

/**
 * Imports past dossiers from an older system's CSV (see {@link ImportedDossier#COLUMNS}) into the reporting
 * facts, so that reports cover periods before go-live. The header is checked at once; the rows are then
 * checked and imported in the background, {@value #BATCH} per transaction, one import at a time per node.
 * Every bad row is reported with its line, field and reason and the good ones are imported; a dossier code
 * known already (imported before, or a live dossier) is reported as present and not imported again.
 */
@Service
public class HistoricalImport {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final int BATCH = 1000;
    static final int LISTED = 1000;
    /** A dossier's row is well under 1 KB; a "line" longer than this is not a CSV of dossiers. */
    private static final int MAX_LINE_BYTES = 100_000;
    private static final Logger log = LoggerFactory.getLogger(HistoricalImport.class);

    private final FactStore facts;
    private final DossierFacts dossierFacts;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "historical-import");
        thread.setDaemon(true);
        return thread;
    });

    HistoricalImport(FactStore facts, DossierFacts dossierFacts, JdbcClient jdbc, JdbcTemplate template,
            PlatformTransactionManager transactions, DeadlineSettings deadlines) {
        this.facts = facts;
        this.dossierFacts = dossierFacts;
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = new TransactionTemplate(transactions);
        this.zone = deadlines.zone();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Checks the header, stores the file and starts importing it for {@code user}, who may import for
     * {@code offices} only.
     *
     * @throws InvalidRequest naming {@code file} when it is empty or its header lacks a column
     */
    public ImportJob start(String user, Collection<Office> offices, String fileName, InputStream csv) {
        Path file = copy(csv);
        try {
            requireUtf8(file, fileName);
            List<String> header;
            int rows = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var records = new CsvRecords(in);
                header = records.next();
                if (header == null) {
                    throw new InvalidRequest("file", "is empty: a header line and one line per dossier are expected");
                }
                var missing = ImportedDossier.COLUMNS.stream().filter(c -> !columns(header).containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    throw new InvalidRequest("file", "the header lacks the column(s) " + String.join(", ", missing)
                            + "; expected " + String.join(",", ImportedDossier.COLUMNS));
                }
                while (records.next() != null) {
                    rows++;
                }
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into mc_import_job (id, started_by, file_name, status, total_rows, started_at) values (?, ?, ?, ?, ?, ?)")
                    .params(id, user, fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length())), RUNNING, rows,
                            FactStore.at(Time.now()))
                    .update();
            Map<String, Office> byKey = new HashMap<>();
            offices.forEach(o -> {
                byKey.put(o.id(), o);
                byKey.put(o.code(), o);
            });
            Instant now = Time.now();
            worker.submit(() -> run(id, file, byKey, now));
            return job(id, user).orElseThrow();
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The job, for the user who started it. */
    public Optional<ImportJob> job(UUID id, String user) {
        return jdbc.sql("select * from mc_import_job where id = ? and started_by = ?").params(id, user)
                .query((rs, n) -> new ImportJob(id, rs.getString("status"), rs.getString("file_name"), rs.getInt("total_rows"),
                        rs.getInt("processed_rows"), rs.getInt("imported_rows"), rs.getInt("present_rows"), rs.getInt("rejected_rows"),
                        instant(rs.getObject("started_at", OffsetDateTime.class)), instant(rs.getObject("finished_at", OffsetDateTime.class)),
                        rs.getString("failure"), problems(id, "REJECTED"), problems(id, "PRESENT")))
                .optional();
    }

    private List<ImportJob.RowProblem> problems(UUID id, String kind) {
        return jdbc.sql("""
                select line_no, dossier_code, field, reason from mc_import_problem where job_id = ? and kind = ?
                order by line_no, field fetch first ? rows only""").params(id, kind, LISTED)
                .query((rs, n) -> new ImportJob.RowProblem(rs.getInt("line_no"), rs.getString("dossier_code"), rs.getString("field"),
                        rs.getString("reason")))
                .list();
    }

    private void run(UUID id, Path file, Map<String, Office> offices, Instant now) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var records = new CsvRecords(in);
            Map<String, Integer> columns = columns(records.next());
            Map<String, Integer> seen = new HashMap<>();
            List<Line> batch = new ArrayList<>(BATCH);
            for (List<String> record = records.next(); record != null; record = records.next()) {
                batch.add(new Line(records.line(), row(columns, record)));
                if (batch.size() == BATCH) {
                    importBatch(id, batch, offices, seen, now);
                    batch.clear();
                }
            }
            importBatch(id, batch, offices, seen, now);
            jdbc.sql("update mc_import_job set status = ?, finished_at = ? where id = ?").params(DONE, FactStore.at(Time.now()), id).update();
        } catch (Exception e) {
            log.error("Import {} failed", id, e);
            jdbc.sql("update mc_import_job set status = ?, finished_at = ?, failure = ? where id = ?")
                    .params(FAILED, FactStore.at(Time.now()), String.valueOf(e.getMessage()).substring(0,
                            Math.min(1000, String.valueOf(e.getMessage()).length())), id)
                    .update();
        } finally {
            delete(file);
        }
    }

    private record Line(int number, Map<String, String> values) {
    }

    private record Problem(int line, String kind, String code, String field, String reason) {
    }

    private void importBatch(UUID id, List<Line> batch, Map<String, Office> offices, Map<String, Integer> seen, Instant now) {
        transaction.executeWithoutResult(status -> {
            List<ImportedDossier.Checked> checked = batch.stream()
                    .map(line -> ImportedDossier.check(line.values(), offices, dossierFacts::fieldOf, zone, now)).toList();
            var known = facts.existing(checked.stream().filter(c -> c.fact() != null).map(ImportedDossier.Checked::code).toList());
            List<Fact> fresh = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            int present = 0;
            for (int i = 0; i < batch.size(); i++) {
                int line = batch.get(i).number();
                var row = checked.get(i);
                if (row.fact() == null) {
                    row.problems().forEach(p -> problems.add(new Problem(line, "REJECTED", cut(row.code(), 48), p.field(), p.reason())));
                } else if (known.contains(row.code())) {
                    present++;
                    problems.add(new Problem(line, "PRESENT", row.code(), "code", "the dossier is known already: not imported again"));
                } else if (seen.containsKey(row.code())) {
                    problems.add(new Problem(line, "REJECTED", row.code(), "code", "repeats the dossier code of line " + seen.get(row.code())));
                } else {
                    seen.put(row.code(), line);
                    fresh.add(row.fact());
                }
            }
            facts.insertAll(fresh);
            template.batchUpdate("insert into mc_import_problem (job_id, line_no, kind, field, reason, dossier_code) values (?, ?, ?, ?, ?, ?)",
                    problems.stream().map(p -> new Object[] {id, p.line(), p.kind(), p.field(), cut(p.reason(), 400), p.code()}).toList());
            long rejectedRows = problems.stream().filter(p -> p.kind().equals("REJECTED")).map(Problem::line).distinct().count();
            jdbc.sql("""
                    update mc_import_job set processed_rows = processed_rows + ?, imported_rows = imported_rows + ?,
                        present_rows = present_rows + ?, rejected_rows = rejected_rows + ? where id = ?""")
                    .params(batch.size(), fresh.size(), present, rejectedRows, id).update();
        });
    }

    /**
     * Refuses a file that is not UTF-8 (a spreadsheet saved as "CSV" in Windows-1258 or Latin-1), naming its first
     * such line, before anything is imported. Lines are told by their line feeds, which UTF-8 never uses inside a
     * character.
     */
    private static void requireUtf8(Path file, String fileName) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            var line = new ByteArrayOutputStream();
            int number = 1;
            for (int b = in.read(); ; b = in.read()) {
                if (b == '\n' || b == -1) {
                    try {
                        utf8.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        String name = fileName == null || fileName.isBlank() ? "" : "'" + cut(fileName, 100) + "' ";
                        throw new InvalidRequest("file", "tệp " + name + "không phải văn bản UTF-8 từ dòng " + number
                                + ": hãy lưu lại dưới dạng CSV UTF-8 / the file " + name + "is not UTF-8 text from line " + number
                                + " on (Windows-1258 or Latin-1?): save it as CSV UTF-8");
                    }
                    if (b == -1) {
                        return;
                    }
                    line.reset();
                    number++;
                } else if (line.size() == MAX_LINE_BYTES) {
                    throw new InvalidRequest("file", "dòng " + number + " dài quá " + MAX_LINE_BYTES + " byte / line " + number
                            + " is longer than " + MAX_LINE_BYTES + " bytes");
                } else {
                    line.write(b);
                }
            }
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            for (String column : ImportedDossier.COLUMNS) {
                if (column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        return columns;
    }

    private static Map<String, String> row(Map<String, Integer> columns, List<String> record) {
        Map<String, String> row = new HashMap<>();
        columns.forEach((column, index) -> row.put(column, index < record.size() ? record.get(index).trim() : ""));
        return row;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Path copy(InputStream csv) {
        try {
            Path file = Files.createTempFile("motcua-import-", ".csv");
            Files.copy(csv, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
