package vn.motcua.interagency;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import vn.motcua.interagency.infra.LoggingCitizenNotifier;
import vn.motcua.interagency.infra.SimulatedEmailSender;
import vn.motcua.interagency.infra.SimulatedPopulationRegistry;
import vn.motcua.interagency.infra.SimulatedSmsGateway;

/**
 * The adapters to outside systems. Only simulators exist so far; a real adapter takes a simulator's place
 * here, behind the same interface.
 */
@Configuration(proxyBeanMethods = false)
class InteragencyConfig {

    @Bean
    SimulatedPopulationRegistry populationRegistry(InteragencySettings settings) {
        return new SimulatedPopulationRegistry(settings.population());
    }

    @Bean
    LoggingCitizenNotifier loggingCitizenNotifier() {
        return new LoggingCitizenNotifier();
    }

    @Bean
    SimulatedSmsGateway smsGateway(InteragencySettings settings) {
        return new SimulatedSmsGateway(settings.messaging());
    }

    @Bean
    SimulatedEmailSender emailSender(InteragencySettings settings) {
        return new SimulatedEmailSender(settings.messaging());
    }

    /** The notifier everyone else injects; the log channel is itself a CitizenNotifier, hence @Primary. */
    @Bean
    @Primary
    CompositeCitizenNotifier citizenNotifier(InteragencySettings settings, LoggingCitizenNotifier log, SmsGateway sms,
            EmailSender email) {
        return new CompositeCitizenNotifier(settings.notificationChannels(), Map.of(NotificationChannel.LOG, log,
                NotificationChannel.SMS, new SmsNotifier(sms), NotificationChannel.EMAIL, new EmailNotifier(email)));
    }
}
