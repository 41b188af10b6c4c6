package vn.motcua.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the process models and forms live: top-level folders of the installation, edited by
 * process designers, never copied into the application jar.
 */
@ConfigurationProperties("motcua.deployment")
record DeploymentSettings(Path processesDir, Path formsDir) {

    DeploymentSettings {
        if (processesDir == null) {
            processesDir = Path.of("processes");
        }
        if (formsDir == null) {
            formsDir = Path.of("forms");
        }
    }
}
