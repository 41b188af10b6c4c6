package vn.motcua.identity.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API (used by Camunda Modeler to deploy, and by agency systems) and our staff API
 * answer only to HTTP Basic credentials checked against the Camunda identity service; the
 * authenticated user's groups and offices then drive the authorization and tenant checks.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurity {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-basic-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/dossiers/*");
        // the reporting module: reports (the overdue list among them) and imports of past dossiers
        registration.addUrlPatterns("/api/reports/*", "/api/import/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
