package org.narrativelens.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The service's runnable application (target/quarkus-app) holds the service only: no class of the commands (batch with
 * its generated client, evaluation, benchmarks) and no library only they use; those are in the commands jar
 * (docs/architecture.md, "Two artifacts").
 */
class ServiceJarIT {

    /** A class of the commands, wherever it lies under org/narrativelens. */
    static final Pattern COMMAND_CLASS = Pattern.compile(
            "org/narrativelens/((batch|evaluation|benchmark|client)/.*|.*Benchmark[^/]*\\.class)");
    /**
     * Libraries that only the commands use: the batch command's retries (Quarkus's Vert.x keeps its own
     * smallrye-fault-tolerance-vertx, which is not this engine).
     */
    static final Pattern COMMAND_LIBRARY = Pattern.compile(".*smallrye-fault-tolerance-(standalone|core|apiimpl)-.*\\.jar");

    private static final Path APP = Path.of(System.getProperty("narrative-lens.it.jar",
            "target/quarkus-app/quarkus-run.jar")).getParent();

    @Test
    void theServiceHoldsNoCommandClassAndNoCommandLibrary() throws IOException {
        List<Path> jars = jars(APP);
        Set<String> commandEntries = new TreeSet<>();
        Set<String> features = new TreeSet<>();
        for (Path jar : jars) {
            for (String entry : entries(jar)) {
                if (COMMAND_CLASS.matcher(entry).matches()) {
                    commandEntries.add(APP.relativize(jar) + "!" + entry);
                } else if (entry.startsWith("org/narrativelens/") && entry.endsWith(".class")) {
                    features.add(entry.split("/")[2]);
                }
            }
        }
        assertTrue(features.containsAll(Set.of("api", "analysis", "pipeline", "frames", "stance")),
                "the service's own classes are in " + APP + ": " + features);
        assertEquals(List.of(), commandEntries.stream().limit(10).toList(),
                commandEntries.size() + " command classes in the service, the first 10 shown");
        List<String> libraries = jars.stream().map(jar -> jar.getFileName().toString())
                .filter(name -> COMMAND_LIBRARY.matcher(name).matches()).toList();
        assertEquals(List.of(), libraries, "libraries of the commands only, in the service");
    }

    @Test
    void theCommandsJarHoldsEveryCommandAndNoServiceClassBesideTheCommandsLibraries() throws IOException {
        List<Path> commands = jars(APP.getParent().resolve("commands"));
        Path jar = commands.stream().filter(f -> f.getFileName().toString().endsWith("-commands.jar")).findFirst()
                .orElseThrow();
        assertTrue(commands.stream().anyMatch(f -> COMMAND_LIBRARY.matcher(f.getFileName().toString()).matches()),
                "the commands' own libraries are beside their jar: " + commands);
        Map<String, Integer> classes = new TreeMap<>();
        for (String entry : entries(jar)) {
            if (entry.endsWith(".class")) {
                assertTrue(COMMAND_CLASS.matcher(entry).matches(), "a service class in the commands jar: " + entry);
                classes.merge(entry.split("/")[2], 1, Integer::sum);
            }
        }
        // text: the segmentation benchmarks (VoiceBenchmark, HostileTextBenchmark), which read that package's internals
        assertEquals(Set.of("batch", "benchmark", "client", "evaluation", "text"), classes.keySet(), classes.toString());
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
