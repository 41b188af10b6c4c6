package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Motcua: the workflow engine of a one-stop public-service centre. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotcuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotcuaApplication.class, args);
    }
}
