package vn.motcua.throttling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two throttles as servlet filters ahead of everything that reads a password or a dossier: the engine REST
 * API's HTTP Basic filter, the webapps' login resource and our controllers.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfig {

    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    ThrottleTime throttleTime() {
        return System::nanoTime;
    }

    @Bean
    FilterRegistrationBean<PublicApiThrottle> publicApiThrottle(ThrottleSettings settings, ThrottleTime time) {
        var registration = new FilterRegistrationBean<>(new PublicApiThrottle(settings, time));
        registration.setName("public-api-throttle");
        // the API without login
        registration.addUrlPatterns("/api/public/*", "/api/procedures", "/api/procedures/*", "/api/calendar/*");
        registration.setOrder(FIRST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(ThrottleSettings settings, ThrottleTime time,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappsPath) {
        var registration = new FilterRegistrationBean<>(new LoginThrottle(settings, time, webappsPath));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", webappsPath + "/api/admin/auth/user/*");
        registration.setOrder(FIRST + 1);
        return registration;
    }
}
