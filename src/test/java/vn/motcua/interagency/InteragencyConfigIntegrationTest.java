package vn.motcua.interagency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import vn.motcua.interagency.infra.SimulatedPopulationRegistry;

/** The wiring alone, without the application: which beans the rest of the app gets, from which settings. */
class InteragencyConfigIntegrationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithSettings.class, InteragencyConfig.class);

    @Test
    void givesTheAppTheCompositeNotifierAndTheSimulatedRegisterByDefault() {
        context.run(app -> {
            assertThat(app.getBean(CitizenNotifier.class)).isInstanceOfSatisfying(CompositeCitizenNotifier.class,
                    composite -> assertThat(composite.channels()).containsExactly(NotificationChannel.LOG));
            assertThat(app.getBean(PopulationRegistry.class)).isInstanceOf(SimulatedPopulationRegistry.class);

            InteragencySettings settings = app.getBean(InteragencySettings.class);
            assertThat(settings.population().timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(settings.population().unresponsiveFor("001203004999")).isTrue();
            assertThat(settings.messaging().keepLast()).isEqualTo(100);
        });
    }

    @Test
    void enablesTheChannelsNamedInLowerCaseInTheSettings() {
        context.withPropertyValues("motcua.interagency.notification-channels=sms, email").run(app ->
                assertThat(((CompositeCitizenNotifier) app.getBean(CitizenNotifier.class)).channels())
                        .containsExactly(NotificationChannel.SMS, NotificationChannel.EMAIL));
    }

    @Test
    void refusesToStartWithAnUnknownChannel() {
        context.withPropertyValues("motcua.interagency.notification-channels=log,fax").run(app ->
                assertThat(app).hasFailed());
    }

    @Test
    void refusesToStartWithAnUnresponsiveEndingThatIsNotDigits() {
        context.withPropertyValues("motcua.interagency.population.unresponsive-id-endings=*999").run(app ->
                assertThat(app.getStartupFailure()).hasRootCauseMessage(
                        "motcua.interagency.population.unresponsive-id-endings holds 1 to 12 digits each, not '*999'"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InteragencySettings.class)
    static class WithSettings {
    }
}
