package org.narrativelens.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.narrativelens.frames.StageClock;

/** Wall time per named stage: each start ends the previous stage. */
final class StageTimes implements StageClock {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private String current;
    private long since;
    private long cpuSince;

    @Override
    public void start(String stage) {
        stop();
        current = stage;
        since = System.nanoTime();
        cpuSince = processCpuNanos();
    }

    /** Ends the current stage. */
    void stop() {
        if (current != null) {
            nanos.merge(current, System.nanoTime() - since, Long::sum);
            cpuNanos.merge(current, processCpuNanos() - cpuSince, Long::sum);
            current = null;
        }
    }

    double seconds(String stage) {
        return nanos.getOrDefault(stage, 0L) / 1e9;
    }

    double cpuSeconds(String stage) {
        return cpuNanos.getOrDefault(stage, 0L) / 1e9;
    }

    double total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** CPU seconds the whole process used during the stages (all threads): on a shared machine, wall time is
     * inflated by other work, CPU time is not. */
    double cpuTotal() {
        return cpuNanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    Map<String, Long> stages() {
        return nanos;
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        nanos.forEach((stage, ns) -> out.append(out.length() > 0 ? ", " : "")
                .append(String.format(Locale.ROOT, "%s %.2f s (cpu %.2f s)", stage, ns / 1e9,
                        cpuNanos.get(stage) / 1e9)));
        return out.toString();
    }
}
