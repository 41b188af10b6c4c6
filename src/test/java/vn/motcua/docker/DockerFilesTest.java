package vn.motcua.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * No Docker engine runs where we build, so this keeps docker/ honest: the image and the compose file
 * must agree with the application's own settings.
 */
class DockerFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{(MOTCUA_[A-Z_]+)}");

    private final JsonNode compose = yaml("docker/compose.yaml");
    private final JsonNode settings = yaml("src/main/resources/application.yaml");
    private final String dockerfile = text("docker/Dockerfile");

    @Test
    void givesTheAppEverySettingProductionHasNoDefaultFor() {
        var required = new TreeSet<String>();
        for (String file : List.of("application.yaml", "application-postgres.yaml")) {
            Matcher m = REQUIRED_VARIABLE.matcher(text("src/main/resources/" + file));
            while (m.find()) {
                required.add(m.group(1));
            }
        }
        JsonNode environment = compose.at("/services/app/environment");

        assertThat(required).contains("MOTCUA_DB_URL", "MOTCUA_ADMIN_PASSWORD", "MOTCUA_PAYMENT_SECRET");
        assertThat(names(environment)).containsAll(required);
        assertThat(environment.get("SPRING_PROFILES_ACTIVE").asText()).isEqualTo("postgres");
    }

    @Test
    void pointsTheAppAtTheComposedPostgresql15() {
        JsonNode db = compose.at("/services/db");
        JsonNode app = compose.at("/services/app/environment");

        assertThat(db.get("image").asText()).isEqualTo("postgres:15");
        assertThat(app.get("MOTCUA_DB_URL").asText())
                .isEqualTo("jdbc:postgresql://db:5432/" + db.at("/environment/POSTGRES_DB").asText());
        assertThat(app.get("MOTCUA_DB_USER").asText()).isEqualTo(db.at("/environment/POSTGRES_USER").asText());
        assertThat(app.get("MOTCUA_DB_PASSWORD").asText()).isEqualTo(db.at("/environment/POSTGRES_PASSWORD").asText());
        assertThat(compose.at("/services/app/depends_on/db/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void publishesTheServerPortAndProbesReadiness() {
        String port = settings.at("/server/port").asText();

        assertThat(dockerfile).contains("EXPOSE " + port);
        assertThat(compose.at("/services/app/ports").get(0).asText()).endsWith(":" + port);
        assertThat(settings.at("/management/endpoint/health/probes/enabled").asBoolean()).isTrue();
        String readiness = "http://localhost:" + port + "/actuator/health/readiness";
        assertThat(dockerfile).contains(readiness);
        assertThat(compose.at("/services/app/healthcheck/test").toString()).contains(readiness);
    }

    @Test
    void buildsTheJarThePomNamesOnTheJavaVersionThePomTargets() {
        String pom = text("pom.xml");

        assertThat(dockerfile).contains("/src/target/" + between(pom, "<finalName>", "</finalName>") + ".jar");
        String java = between(pom, "<java.version>", "</java.version>");
        assertThat(dockerfile).contains("eclipse-temurin:" + java + "-jdk").contains("eclipse-temurin:" + java + "-jre");
        assertThat(compose.at("/services/app/build/dockerfile").asText()).isEqualTo("docker/Dockerfile");
        assertThat(compose.at("/services/app/build/context").asText()).isEqualTo("..");
    }

    @Test
    void shipsTheFoldersTheAppReadsAtStart() {
        String holidays = settings.at("/motcua/deadline/holidays-file").asText();
        assertThat(Path.of(holidays)).isRegularFile();
        for (String folder : List.of(settings.at("/motcua/deployment/processes-dir").asText(),
                settings.at("/motcua/deployment/forms-dir").asText(), Path.of(holidays).getParent().toString())) {
            assertThat(Path.of(folder)).isDirectory();
            assertThat(dockerfile).contains("COPY " + folder + " " + folder);
        }
    }

    private static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start)).trim();
    }

    private static JsonNode yaml(String file) {
        try {
            return YAML.readTree(text(file));
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }

    private static String text(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }
}
