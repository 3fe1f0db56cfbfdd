package org.narrativelens.testing;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests of the PostgreSQL build ({@code -Ppostgresql}, which sets {@code narrative-lens.tests=database}): every
 * {@code @QuarkusTest} class, since each starts the service on the database, and no other. Plain unit tests never open
 * a database and ran in the H2 build; the packaged service's *IT tests run under failsafe, which this does not touch.
 * Registered through ServiceLoader (Quarkus turns JUnit's extension autodetection on), so a new {@code @QuarkusTest}
 * runs on PostgreSQL without being listed anywhere.
 */
public class DatabaseTestsOnly implements ExecutionCondition {

    static final String PROPERTY = "narrative-lens.tests";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Class<?>> type = context.getTestClass();
        if (!"database".equals(System.getProperty(PROPERTY)) || type.isEmpty()) {
            return ConditionEvaluationResult.enabled("every test runs");
        }
        Class<?> top = type.get();
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return startsTheService(top)
                ? ConditionEvaluationResult.enabled("starts the service on the database")
                : ConditionEvaluationResult.disabled("opens no database: it ran in the H2 build");
    }

    /** By name: Quarkus loads a test class and its annotations again in its own class loader. */
    private static boolean startsTheService(Class<?> type) {
        return Arrays.stream(type.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals(QuarkusTest.class.getName()));
    }
}
