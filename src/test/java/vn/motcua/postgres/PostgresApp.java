package vn.motcua.postgres;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;

/** The whole application in the production profile (plus the demo province) on the throw-away database of MOTCUA_TEST_DB_*. */
final class PostgresApp {

    private PostgresApp() {
    }

    static ConfigurableApplicationContext start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres,demo", "--server.port=0",
                "--spring.datasource.url=" + System.getenv("MOTCUA_TEST_DB_URL"),
                "--spring.datasource.username=" + System.getenv("MOTCUA_TEST_DB_USER"),
                "--spring.datasource.password=" + System.getenv("MOTCUA_TEST_DB_PASSWORD")));
        arguments.addAll(List.of(extraArguments));
        return SpringApplication.run(MotcuaApplication.class, arguments.toArray(String[]::new));
    }
}
