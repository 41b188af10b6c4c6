package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.DemoApp;

@DemoApp
class ProcessModelDeployerIntegrationTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    ProcedureCatalog catalog;

    @TempDir
    Path installation;

    @Test
    void deploysNothingWhenTheFilesAreUnchanged() throws IOException {
        var deployer = deployerOver(copyOfTheShippedModels());

        assertThat(deployer.deploy()).isEmpty();
    }

    @Test
    void deploysANewVersionOfTheChangedProcedureOnly() throws IOException {
        Path processes = copyOfTheShippedModels();
        writeSecondProcedure(processes, "Thủ tục thứ hai");
        var deployer = deployerOver(processes);
        deployer.deploy();
        int helloVersion = latestVersion("hello-dossier");

        Path bpmn = processes.resolve("second-procedure/second-procedure.bpmn");
        Files.writeString(bpmn, Files.readString(bpmn).replace("Thủ tục thứ hai", "Thủ tục thứ hai (sửa)"));

        assertThat(deployer.deploy()).containsExactly("second-procedure");
        assertThat(latestVersion("second-procedure")).isEqualTo(2);
        assertThat(latestVersion("hello-dossier")).isEqualTo(helloVersion);
    }

    @Test
    void deploysAProcedureAgainWhenOnlyItsFormChanged() throws IOException {
        Path processes = copyOfTheShippedModels();
        var deployer = deployerOver(processes);
        Path form = installation.resolve("forms/hello-dossier/receive.form");
        Files.writeString(form, Files.readString(form).replace("Tiếp nhận hồ sơ", "Tiếp nhận hồ sơ (mới)"));

        assertThat(deployer.deploy()).containsExactly("hello-dossier");
    }

    @Test
    void neitherListsNorDeploysTheDemoProcedureOutsideTheDemoProfile() throws IOException {
        Path processes = copyOfTheShippedModels();
        var production = new DeploymentSettings(processes, installation.resolve("forms"));
        var catalogInProduction = new ProcedureCatalog(production);
        Path form = installation.resolve("forms/hello-dossier/receive.form");
        Files.writeString(form, Files.readString(form).replace("Tiếp nhận hồ sơ", "Tiếp nhận hồ sơ (sản xuất)"));

        assertThat(new ProcessModelDeployer(repository, production, catalogInProduction).deploy()).isEmpty();
        assertThat(catalogInProduction.all()).extracting(Procedure::folder).doesNotContain("hello-dossier");
    }

    private ProcessModelDeployer deployerOver(Path processes) {
        return new ProcessModelDeployer(repository, new DeploymentSettings(processes, installation.resolve("forms")), catalog);
    }

    private Path copyOfTheShippedModels() throws IOException {
        copyTree(Path.of("processes/hello-dossier"), installation.resolve("processes/hello-dossier"));
        copyTree(Path.of("forms/hello-dossier"), installation.resolve("forms/hello-dossier"));
        return installation.resolve("processes");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void writeSecondProcedure(Path processes, String name) throws IOException {
        Path folder = Files.createDirectories(processes.resolve("second-procedure"));
        Files.writeString(folder.resolve("second-procedure.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://motcua.vn/test">
                  <process id="second-procedure" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Received" />
                  </process>
                </definitions>
                """.formatted(name));
    }

    @Test
    void keepsTheHistoryOfAProcedureAsLongAsItsCatalogueEntrySays() {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey("hello-dossier").latestVersion().singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(365); // retention: P1Y
    }

    private int latestVersion(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }
}
