package vn.motcua.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes, by statement text (a batch counts each of its
 * rows and once as a round trip), through a proxy around the data source. For profiling only.
 */
final class StatementCounter implements BeanPostProcessor {

    private final Map<String, LongAdder> executions = new ConcurrentHashMap<>();
    private final LongAdder roundTrips = new LongAdder();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }
        return bean;
    }

    void reset() {
        executions.clear();
        roundTrips.reset();
    }

    /** Statements per instance, the round trips, and the most frequent statements. */
    void print(String label, int instances, int top) {
        long total = executions.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("%s: %.1f statements per instance, %.1f round trips per instance%n", label,
                (double) total / instances, roundTrips.sum() / (double) instances);
        executions.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(top).forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue().sum() / (double) instances,
                        e.getKey().replaceAll("\\s+", " ").substring(0, Math.min(170, e.getKey().replaceAll("\\s+", " ").length()))));
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
                return statement(statement, sql);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement statement, String sql) {
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            switch (method.getName()) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    count(sql);
                    roundTrips.increment();
                }
                case "addBatch" -> count(sql);
                case "executeBatch", "executeLargeBatch" -> roundTrips.increment();
                default -> {
                }
            }
            return invoke(target, method, args);
        });
    }

    private void count(String sql) {
        executions.computeIfAbsent(sql, s -> new LongAdder()).increment();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (InvocationHandler) (p, method, args) -> handler.handle(target, method, args));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
