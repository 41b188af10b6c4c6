package vn.motcua.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The description of our API served at /v3/api-docs (and browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    @Bean
    OpenAPI motcuaApi() {
        return new OpenAPI().info(new Info().title("Motcua — API một cửa")
                .version("1")
                .description("Public API of the one-stop centre: procedures, online dossiers, lookup, calendar. "
                        + "Errors are RFC 9457 problem responses whose 'errors' name each bad field. "
                        + "/api/public/** and /api/procedures, /api/calendar need no login; /api/dossiers/** needs HTTP Basic "
                        + "(staff of the dossier's office)."));
    }
}
