package org.narrativelens.batch;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;
import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.narrativelens.client.ApiException;

/**
 * Runs a request again after a failure that a retry can cure: no connection or answer (code 0), 408, 425, 429 and
 * 5xx. Waits the server's {@code Retry-After} when given, else doubles a base delay up to a ceiling. Any other
 * answer (a 4xx about the request itself) is final at once. The retries are SmallRye Fault Tolerance's
 * ({@link Guard}); what is ours is which failures to retry and how long to wait.
 */
public final class Retrying {

    /** A request through the generated client. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws ApiException;
    }

    private final int retries;
    private final Duration base;
    private final Duration ceiling;
    private final Consumer<Duration> waits;
    private final PrintStream log;

    /** @param waits told each wait before it is spent (tests record them) */
    public Retrying(int retries, Duration base, Duration ceiling, Consumer<Duration> waits, PrintStream log) {
        this.retries = retries;
        this.base = base;
        this.ceiling = ceiling;
        this.waits = waits;
        this.log = log;
    }

    public static Retrying standard(int retries, PrintStream log) {
        return new Retrying(retries, Duration.ofMillis(500), Duration.ofSeconds(30), wait -> { }, log);
    }

    public <T> T call(String what, Call<T> call) throws ApiException, InterruptedException {
        return call(what, call, Retrying::retryable);
    }

    /** Retries only failures the server says it did not act on (429, 503): for requests that are not idempotent. */
    public <T> T callIfUnprocessed(String what, Call<T> call) throws ApiException, InterruptedException {
        return call(what, call, status -> status == 429 || status == 503);
    }

    @SuppressWarnings("unchecked")
    private <T> T call(String what, Call<T> call, IntPredicate retryable) throws ApiException, InterruptedException {
        Guard guard = Guard.create().withRetry()
                .maxRetries(retries)
                // every wait is at most the ceiling: this bound never cuts the retries short
                .maxDuration(ceiling.toMillis() * (retries + 1L) + 1, ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(e -> e instanceof ApiException api && retryable.test(api.getCode())
                        && !Thread.currentThread().isInterrupted())
                .withCustomBackoff().strategy(() -> new Backoff(what)).done()
                .done().build();
        try {
            return (T) guard.call(call::run, Object.class);
        } catch (ApiException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e, e);
        }
    }

    /** The wait before each retry of one call: the server's Retry-After, else the doubling delay. */
    private final class Backoff implements CustomBackoffStrategy {

        private final String what;
        private int attempt;

        Backoff(String what) {
            this.what = what;
        }

        @Override
        public long nextDelayInMillis(Throwable failure) {
            // only ApiExceptions are retried (whenException above)
            ApiException e = failure instanceof ApiException api ? api : new ApiException(failure);
            Duration wait = delay(attempt++, e.getResponseHeaders());
            log.printf("%s failed (%s); retry %d of %d in %.1f s%n", what, describe(e), attempt, retries,
                    wait.toMillis() / 1000.0);
            waits.accept(wait);
            return wait.toMillis();
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
