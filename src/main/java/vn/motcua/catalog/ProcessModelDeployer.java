package vn.motcua.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/<procedure>/**.bpmn|.dmn} with {@code forms/<procedure>/**.form} as one
 * deployment per procedure, named after its folder. The engine's duplicate filter compares each
 * deployment with the last one of the same name, so an unchanged procedure is not deployed again
 * and a change to one file gives a new version of that procedure only (its forms included, so that
 * {@code formRefBinding="deployment"} finds them). The engine's deployment lock makes this safe when
 * several nodes of a cluster start together.
 */
@Component
class ProcessModelDeployer {

    static final String SOURCE = "motcua-files";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

    private final RepositoryService repository;
    private final DeploymentSettings settings;
    private final ProcedureCatalog catalog;

    ProcessModelDeployer(RepositoryService repository, DeploymentSettings settings, ProcedureCatalog catalog) {
        this.repository = repository;
        this.settings = settings;
        this.catalog = catalog;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void deployAtStart() {
        deploy();
    }

    /** Deploys what changed; returns the names of the procedures that got a new deployment. */
    List<String> deploy() {
        Map<String, Map<String, Path>> byProcedure = new TreeMap<>();
        for (Path processes : settings.allProcessesDirs()) {
            collect(processes, byProcedure, ".bpmn", ".dmn");
        }
        collect(settings.formsDir(), byProcedure, ".form");
        byProcedure.keySet().removeAll(catalog.withheldFolders());
        List<String> deployed = new ArrayList<>();
        byProcedure.forEach((procedure, files) -> {
            String previous = latestDeploymentId(procedure);
            var builder = repository.createDeployment().name(procedure).source(SOURCE).enableDuplicateFiltering(false);
            files.forEach((resourceName, file) -> builder.addString(resourceName, contentOf(file)));
            if (!builder.deploy().getId().equals(previous)) {
                deployed.add(procedure);
            }
        });
        log.info("Process models: {} procedure(s) in {}, newly deployed: {}", byProcedure.size(),
                settings.processesDir().toAbsolutePath().normalize(), deployed.isEmpty() ? "none" : deployed);
        return deployed;
    }

    private String latestDeploymentId(String procedure) {
        var latest = repository.createDeploymentQuery().deploymentName(procedure).orderByDeploymentTime().desc()
                .listPage(0, 1);
        return latest.isEmpty() ? null : latest.get(0).getId();
    }

    /**
     * Groups the files under {@code root} by their first folder (the procedure; a loose file is a
     * procedure of its own), each under a resource name like {@code processes/birth-group/birth-group.bpmn}.
     */
    private static void collect(Path root, Map<String, Map<String, Path>> byProcedure, String... endings) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(endings).anyMatch(e -> f.getFileName().toString().endsWith(e)))
                    .forEach(f -> {
                        Path relative = root.relativize(f);
                        String first = relative.getName(0).toString();
                        String procedure = relative.getNameCount() > 1 ? first : first.substring(0, first.lastIndexOf('.'));
                        String resourceName = root.getFileName() + "/" + relative.toString().replace('\\', '/');
                        byProcedure.computeIfAbsent(procedure, k -> new TreeMap<>()).put(resourceName, f);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    /** A BPMN of a catalogued procedure keeps its history as long as the catalogue's retention says. */
    private String contentOf(Path file) {
        String content = read(file);
        String name = file.getFileName().toString();
        if (!name.endsWith(".bpmn")) {
            return content;
        }
        var procedure = catalog.byProcessKey(name.substring(0, name.length() - ".bpmn".length()));
        if (procedure.isEmpty()) {
            return content;
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
                .filter(org.camunda.bpm.model.bpmn.instance.Process::isExecutable)
                .forEach(p -> p.setCamundaHistoryTimeToLiveString(String.valueOf(procedure.get().retentionDays())));
        return Bpmn.convertToString(model);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
