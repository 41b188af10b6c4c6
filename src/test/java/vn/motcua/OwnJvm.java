package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Tests that start and stop whole applications of their own. Camunda keeps a JVM-wide registry of
 * engines, so such tests run in a JVM of their own (see the "own-jvm" Surefire execution in pom.xml)
 * and cannot disturb the shared test context of the others.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-jvm")
public @interface OwnJvm {
}
