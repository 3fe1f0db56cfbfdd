package org.narrativelens.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The instructions of src/main/docker/Dockerfile.jvm that the manifests depend on. */
record Dockerfile(List<List<String>> copies, Map<String, String> env, String exposedPort) {

    static final Path FILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Pattern ENV = Pattern.compile("^ENV\\s+([A-Z_]+)=(\"[^\"]*\"|\\S+)$");

    static Dockerfile read() {
        try {
            List<List<String>> copies = new ArrayList<>();
            Map<String, String> env = new HashMap<>();
            String exposed = null;
            for (String raw : Files.readAllLines(FILE)) {
                String line = raw.strip();
                if (line.startsWith("COPY ")) {
                    List<String> words = new ArrayList<>(List.of(line.substring(5).strip().split("\\s+")));
                    words.removeIf(word -> word.startsWith("--"));
                    copies.add(words);
                } else if (line.startsWith("ENV ")) {
                    Matcher m = ENV.matcher(line);
                    if (m.matches()) {
                        env.put(m.group(1), m.group(2).replace("\"", ""));
                    }
                } else if (line.startsWith("EXPOSE ")) {
                    exposed = line.substring(7).strip();
                }
            }
            return new Dockerfile(copies, env, exposed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sources copied from target/quarkus-app. */
    Set<String> applicationSources() {
        Set<String> sources = new HashSet<>();
        for (List<String> copy : copies) {
            copy.subList(0, copy.size() - 1).stream().filter(s -> s.startsWith("target/quarkus-app/"))
                    .forEach(sources::add);
        }
        return sources;
    }

    /** Where models/ goes in the image (without the trailing slash). */
    String modelsDir() {
        for (List<String> copy : copies) {
            if (copy.get(0).startsWith("models/")) {
                String destination = copy.get(copy.size() - 1);
                return destination.endsWith("/") ? destination.substring(0, destination.length() - 1) : destination;
            }
        }
        throw new AssertionError(FILE + " does not copy models/");
    }

    /** Whether a COPY source (literal or glob) under models/ takes that file. */
    boolean copiesModelFile(String fileName) {
        for (List<String> copy : copies) {
            for (String source : copy.subList(0, copy.size() - 1)) {
                if (source.startsWith("models/") && FileSystems.getDefault().getPathMatcher("glob:" + source)
                        .matches(Path.of("models", fileName))) {
                    return true;
                }
            }
        }
        return false;
    }
}
