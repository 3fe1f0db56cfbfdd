package org.narrativelens.deploy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities and JVM sizes, in one unit each: cores, and bytes. */
final class Quantities {

    private static final Pattern QUANTITY = Pattern.compile("^([0-9.]+)([a-zA-Z]*)$");
    private static final Map<String, Long> BINARY = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30,
            "Ti", 1L << 40);
    private static final Map<String, Long> DECIMAL = Map.of("k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L,
            "T", 1_000_000_000_000L);
    private static final Pattern XMX = Pattern.compile("(?:^|\\s)-Xmx([0-9]+)([kKmMgG]?)(?:\\s|$)");

    private Quantities() {
    }

    /** "2" is 2 cores, "250m" a quarter of one. */
    static double cores(String quantity) {
        Matcher m = parse(quantity);
        return switch (m.group(2)) {
            case "" -> Double.parseDouble(m.group(1));
            case "m" -> Double.parseDouble(m.group(1)) / 1000;
            default -> throw new IllegalArgumentException("not a CPU quantity: " + quantity);
        };
    }

    /** "3Gi", "512Mi", "1G" in bytes. */
    static long bytes(String quantity) {
        Matcher m = parse(quantity);
        String unit = m.group(2);
        long factor = unit.isEmpty() ? 1 : BINARY.getOrDefault(unit, DECIMAL.getOrDefault(unit, -1L));
        if (factor < 0) {
            throw new IllegalArgumentException("not a memory quantity: " + quantity);
        }
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor)).longValueExact();
    }

    /** The -Xmx of a JVM option string in bytes (the JVM's k, m, g are binary), or -1 when there is none. */
    static long maxHeap(String javaOptions) {
        Matcher m = XMX.matcher(javaOptions);
        if (!m.find()) {
            return -1;
        }
        long value = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> value << 10;
            case "m" -> value << 20;
            case "g" -> value << 30;
            default -> value;
        };
    }

    private static Matcher parse(String quantity) {
        Matcher m = QUANTITY.matcher(quantity.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quantity: " + quantity);
        }
        return m;
    }
}
