package vn.motcua.shared.startup;

import vn.motcua.shared.StartupCheckFailed;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks, before anything else starts, that the secrets production needs are set and that the
 * database answers. Without it a bad setting shows up as pages of stack traces from whichever
 * component trips first; with it the start fails with one message that names the setting.
 */
class StartupPreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Settings that have no default outside the demo profile, and the variable that provides each. */
    private static final List<Secret> SECRETS = List.of(
            new Secret("camunda.bpm.admin-user.password", "MOTCUA_ADMIN_PASSWORD"),
            new Secret("motcua.fee.payment.callback-secret", "MOTCUA_PAYMENT_SECRET"),
            new Secret("spring.datasource.url", "MOTCUA_DB_URL"),
            new Secret("spring.datasource.username", "MOTCUA_DB_USER"),
            new Secret("spring.datasource.password", "MOTCUA_DB_PASSWORD"));

    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.getProperty("motcua.startup.preflight", Boolean.class, true)) {
            return;
        }
        checkSecrets(env);
        checkDatabase(env);
    }

    private static void checkSecrets(ConfigurableEnvironment env) {
        String url = resolve(env, "spring.datasource.url");
        boolean embedded = url != null && url.startsWith("jdbc:h2:");
        List<String> missing = new ArrayList<>();
        for (Secret secret : SECRETS) {
            String value = resolve(env, secret.property());
            boolean blankAllowed = embedded && secret.property().startsWith("spring.datasource.");
            if (value == null || value.isBlank() && !blankAllowed) {
                missing.add(secret.variable());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupCheckFailed(
                    "Missing secret" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " (profiles: " + Arrays.toString(env.getActiveProfiles()) + "); production has no defaults.",
                    "Set the environment variable" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + ", or run the demo with ./mvnw spring-boot:run.");
        }
    }

    private static void checkDatabase(ConfigurableEnvironment env) {
        String url = resolve(env, "spring.datasource.url");
        String user = resolve(env, "spring.datasource.username");
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (var connection = DriverManager.getConnection(url, user, resolve(env, "spring.datasource.password"))) {
            connection.isValid(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new StartupCheckFailed(
                    "Cannot reach the database " + url + " as '" + user + "': " + rootMessage(e),
                    "Check MOTCUA_DB_URL, MOTCUA_DB_USER and MOTCUA_DB_PASSWORD, and that the database server is running.");
        }
    }

    /** The value, or null when it is an unresolvable ${…} placeholder (an unset variable). */
    private static String resolve(ConfigurableEnvironment env, String property) {
        try {
            String value = env.getProperty(property);
            return value == null ? "" : value;
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the logging system is set up
    }

    private record Secret(String property, String variable) {
    }
}
