package vn.motcua.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import vn.motcua.shared.StartupCheckFailed;

/**
 * The procedures this centre handles, read at start from every {@code processes/<folder>/procedure.yaml}.
 * A bad descriptor, a missing BPMN or a code used twice stops the start, naming the file and field.
 */
@Service
public class ProcedureCatalog {

    private final Map<String, Procedure> byCode;
    private final Set<String> withheldFolders;

    ProcedureCatalog(DeploymentSettings settings) {
        Map<String, Procedure> all = load(settings.allProcessesDirs());
        this.byCode = new LinkedHashMap<>(all);
        this.byCode.values().removeIf(p -> p.demo() && !settings.demoProcedures());
        this.withheldFolders = all.values().stream().filter(p -> !byCode.containsKey(p.code())).map(Procedure::folder)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Map<String, Procedure> load(Path processes) {
        return load(List.of(processes));
    }

    static Map<String, Procedure> load(List<Path> processesDirs) {
        Map<String, Procedure> byCode = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : processesDirs.stream().flatMap(dir -> descriptors(dir).stream()).toList()) {
            try {
                Procedure procedure = ProcedureDescriptorReader.read(file);
                Path other = files.putIfAbsent(procedure.code(), file);
                if (other != null) {
                    throw new InvalidProcedureDescriptor(file, "code", "code " + procedure.code() + " is also used by " + other);
                }
                byCode.put(procedure.code(), procedure);
            } catch (InvalidProcedureDescriptor e) {
                throw new StartupCheckFailed("Invalid procedure descriptor " + e.getMessage(),
                        "Correct the field '" + e.field() + "' of " + e.file() + " and start again.");
            }
        }
        return byCode;
    }

    private static List<Path> descriptors(Path processes) {
        if (!Files.isDirectory(processes)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(processes, 2)) {
            return files.filter(f -> f.getFileName().toString().equals("procedure.yaml")).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of demo procedures this installation neither lists nor deploys. */
    Set<String> withheldFolders() {
        return withheldFolders;
    }

    /** Every procedure, in the order of their folders. */
    public List<Procedure> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The procedure, or {@link UnknownProcedure}. */
    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new UnknownProcedure(code));
    }

    /** The procedure whose dossiers the BPMN process handles. */
    public Optional<Procedure> byProcessKey(String processKey) {
        return byCode.values().stream().filter(p -> p.processKey().equals(processKey)).findFirst();
    }
}
