package vn.motcua.fee;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.fee.infra.SimulatedPaymentGateway;

/** The payment gateway adapter. Only a simulator exists so far; a real adapter takes its place here. */
@Configuration(proxyBeanMethods = false)
class PaymentConfig {

    @Bean
    SimulatedPaymentGateway paymentGateway(PaymentSettings settings, ObjectMapper json,
            @Value("${motcua.public-base-url}") String publicBaseUrl) {
        return new SimulatedPaymentGateway(publicBaseUrl, settings.callbackSecret(), settings.simulatorLatency(), json);
    }
}
