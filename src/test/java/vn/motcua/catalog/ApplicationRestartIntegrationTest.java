package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

import vn.motcua.MotcuaApplication;
import vn.motcua.OwnJvm;

/** Stopping and starting the application with the same files deploys nothing new. */
@OwnJvm
class ApplicationRestartIntegrationTest {

    @TempDir
    Path data;

    @Test
    void makesNoNewDeploymentWhenTheApplicationRestartsWithUnchangedModels() {
        String database = "jdbc:h2:file:" + data.resolve("motcua").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";

        long afterFirstStart = deploymentsAfterAStart(database);
        long afterRestart = deploymentsAfterAStart(database);

        assertThat(afterFirstStart).isPositive();
        assertThat(afterRestart).isEqualTo(afterFirstStart);
    }

    private static long deploymentsAfterAStart(String database) {
        try (var app = SpringApplication.run(MotcuaApplication.class, "--server.port=0",
                "--spring.datasource.url=" + database)) {
            return app.getBean(RepositoryService.class).createDeploymentQuery().count();
        }
    }
}
