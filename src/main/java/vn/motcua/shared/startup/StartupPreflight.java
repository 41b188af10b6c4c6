package vn.motcua.shared.startup;

import vn.motcua.shared.StartupCheckFailed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
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

    private static final String PUBLIC_BASE_URL = "motcua.public-base-url";
    private static final String SIGNING_KEYSTORE = "motcua.signing.keystore.path";
    private static final String SIGNING_KEYSTORE_PASSWORD = "motcua.signing.keystore.password";
    /** Set by the demo profile only: then a demo CA makes the keystore, and the signing settings may stay empty. */
    private static final String SIGNING_DEMO_DIR = "motcua.signing.demo.dir";

    /** Settings that have no default outside the demo profile, and the variable that provides each. */
    private static final List<Secret> SECRETS = List.of(
            new Secret("camunda.bpm.admin-user.password", "MOTCUA_ADMIN_PASSWORD"),
            new Secret(PUBLIC_BASE_URL, "MOTCUA_PUBLIC_BASE_URL"),
            new Secret("motcua.fee.payment.callback-secret", "MOTCUA_PAYMENT_SECRET"),
            new Secret("spring.datasource.url", "MOTCUA_DB_URL"),
            new Secret("spring.datasource.username", "MOTCUA_DB_USER"),
            new Secret("spring.datasource.password", "MOTCUA_DB_PASSWORD"),
            new Secret(SIGNING_KEYSTORE, "MOTCUA_SIGNING_KEYSTORE"),
            new Secret(SIGNING_KEYSTORE_PASSWORD, "MOTCUA_SIGNING_KEYSTORE_PASSWORD"),
            new Secret("motcua.signing.trust-anchors", "MOTCUA_SIGNING_TRUST_ANCHORS"));

    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.getProperty("motcua.startup.preflight", Boolean.class, true)) {
            return;
        }
        checkSecrets(env);
        checkPublicBaseUrl(env);
        checkSigningKeystore(env);
        checkTimeStampAuthority(env);
        checkDatabase(env);
    }

    private static void checkSecrets(ConfigurableEnvironment env) {
        String url = resolve(env, "spring.datasource.url");
        boolean embedded = url != null && url.startsWith("jdbc:h2:");
        boolean demoSigning = isDemoSigning(env);
        List<String> missing = new ArrayList<>();
        for (Secret secret : SECRETS) {
            if (demoSigning && secret.property().startsWith("motcua.signing.")) {
                continue;
            }
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

    /** Printed into every QR code and link: a typo would reach citizens on paper before anyone notices. */
    private static void checkPublicBaseUrl(ConfigurableEnvironment env) {
        String url = resolve(env, PUBLIC_BASE_URL);
        if (!url.matches("https?://[^/\\s]+(/[^\\s]*[^/\\s])?")) {
            throw new StartupCheckFailed(
                    PUBLIC_BASE_URL + " (MOTCUA_PUBLIC_BASE_URL) is '" + url
                            + "', not an http(s) address without a trailing slash.",
                    "Set MOTCUA_PUBLIC_BASE_URL to the address citizens reach this centre at, e.g. https://motcua.example.gov.vn"
                            + " (printed in the QR codes and links of slips, receipts and results).");
        }
    }

    /** The keystore must open with its password: a typo would otherwise surface at the first signed result. */
    private static void checkSigningKeystore(ConfigurableEnvironment env) {
        if (isDemoSigning(env)) {
            return;
        }
        Path path = Path.of(resolve(env, SIGNING_KEYSTORE));
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore.getInstance("PKCS12").load(in, resolve(env, SIGNING_KEYSTORE_PASSWORD).toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new StartupCheckFailed(
                    "Cannot open the signing keystore " + path.toAbsolutePath() + " (" + SIGNING_KEYSTORE + "): "
                            + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()),
                    "Check MOTCUA_SIGNING_KEYSTORE (a PKCS#12 file with a key per office, alias office-<office id>) and "
                            + "MOTCUA_SIGNING_KEYSTORE_PASSWORD (" + SIGNING_KEYSTORE_PASSWORD + ").");
        }
    }

    /** Time-stamps over HTTP need the authority's address: without it every signature would fail. */
    private static void checkTimeStampAuthority(ConfigurableEnvironment env) {
        if (!"HTTP".equalsIgnoreCase(resolve(env, "motcua.signing.timestamps.source"))) {
            return;
        }
        String url = resolve(env, "motcua.signing.timestamps.url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new StartupCheckFailed(
                    "motcua.signing.timestamps.source is HTTP but motcua.signing.timestamps.url (MOTCUA_SIGNING_TSA_URL) is '"
                            + url + "', not the http(s) address of a time-stamping authority.",
                    "Set MOTCUA_SIGNING_TSA_URL to the RFC 3161 authority's address, or MOTCUA_SIGNING_TSA=NONE to sign "
                            + "without time-stamps.");
        }
    }

    private static boolean isDemoSigning(ConfigurableEnvironment env) {
        String dir = resolve(env, SIGNING_DEMO_DIR);
        return dir != null && !dir.isBlank();
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
