package org.narrativelens.batch;

import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.time.Duration;
import org.narrativelens.client.ApiException;

/**
 * Runs a request again after a failure that a retry can cure: no connection or answer (code 0), 408, 425, 429 and
 * 5xx. Waits the server's {@code Retry-After} when given, else doubles a base delay up to a ceiling. Any other
 * answer (a 4xx about the request itself) is final at once.
 */
public final class Retrying {

    /** A request through the generated client. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws ApiException;
    }

    /** How the wait between tries is spent; tests replace it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int retries;
    private final Duration base;
    private final Duration ceiling;
    private final Sleeper sleeper;
    private final PrintStream log;

    public Retrying(int retries, Duration base, Duration ceiling, Sleeper sleeper, PrintStream log) {
        this.retries = retries;
        this.base = base;
        this.ceiling = ceiling;
        this.sleeper = sleeper;
        this.log = log;
    }

    public static Retrying standard(int retries, PrintStream log) {
        return new Retrying(retries, Duration.ofMillis(500), Duration.ofSeconds(30), d -> Thread.sleep(d.toMillis()), log);
    }

    public <T> T call(String what, Call<T> call) throws ApiException, InterruptedException {
        return call(what, call, Retrying::retryable);
    }

    /** Retries only failures the server says it did not act on (429, 503): for requests that are not idempotent. */
    public <T> T callIfUnprocessed(String what, Call<T> call) throws ApiException, InterruptedException {
        return call(what, call, status -> status == 429 || status == 503);
    }

    private <T> T call(String what, Call<T> call, java.util.function.IntPredicate retryable)
            throws ApiException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.run();
            } catch (ApiException e) {
                if (!retryable.test(e.getCode()) || attempt >= retries || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration wait = delay(attempt, e.getResponseHeaders());
                log.printf("%s failed (%s); retry %d of %d in %.1f s%n", what, describe(e), attempt + 1, retries,
                        wait.toMillis() / 1000.0);
                sleeper.sleep(wait);
            }
        }
    }

    static boolean retryable(int status) {
        return status == 0 || status == 408 || status == 425 || status == 429 || status >= 500;
    }

    Duration delay(int attempt, HttpHeaders headers) {
        if (headers != null) {
            String retryAfter = headers.firstValue("Retry-After").orElse(null);
            if (retryAfter != null && retryAfter.strip().matches("\\d+")) {
                Duration asked = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
                return asked.compareTo(ceiling) > 0 ? ceiling : asked;
            }
        }
        long millis = base.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, ceiling.toMillis()));
    }

    static String describe(ApiException e) {
        if (e.getCode() == 0) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return "HTTP " + e.getCode();
    }
}
