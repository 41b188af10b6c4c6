package vn.motcua.shared.web;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.StreamReadFeature;

import vn.motcua.shared.UntrustedJson;

/**
 * The JSON our API reads: a repeated key is refused rather than the last one silently winning (two different id
 * numbers in one request must not be read as one), and a document is read within a budget of depth and length.
 * Camunda's engine REST API and webapps read with mappers of their own.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictDuplicatesAndBudget() {
        return builder -> builder.featuresToEnable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(UntrustedJson.BUDGET));
    }
}
