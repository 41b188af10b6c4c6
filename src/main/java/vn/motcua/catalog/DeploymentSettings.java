package vn.motcua.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the process models and forms live: top-level folders of the installation, edited by
 * process designers, never copied into the application jar.
 *
 * @param extraProcessesDirs more folders of procedures beside {@code processesDir} (e.g. the test-only
 *                           procedures under {@code src/test/resources/processes}); their folder names must
 *                           differ from the shipped ones, and their forms, if any, live in {@code formsDir}
 * @param demoProcedures     whether procedures marked {@code demo: true} in their {@code procedure.yaml} are
 *                           listed and deployed; only the demo profile sets it, so a clerk in production
 *                           never sees the sample procedure in Tasklist's start list
 */
@ConfigurationProperties("motcua.deployment")
record DeploymentSettings(Path processesDir, Path formsDir, List<Path> extraProcessesDirs, boolean demoProcedures) {

    @ConstructorBinding
    DeploymentSettings {
        if (processesDir == null) {
            processesDir = Path.of("processes");
        }
        if (formsDir == null) {
            formsDir = Path.of("forms");
        }
        extraProcessesDirs = extraProcessesDirs == null ? List.of() : List.copyOf(extraProcessesDirs);
    }

    DeploymentSettings(Path processesDir, Path formsDir) {
        this(processesDir, formsDir, List.of(), false);
    }

    /** The shipped procedures first, then the extra folders, in the order given. */
    List<Path> allProcessesDirs() {
        List<Path> all = new ArrayList<>(List.of(processesDir));
        all.addAll(extraProcessesDirs);
        return all;
    }
}
