package org.narrativelens.evaluation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.narrativelens.statements.SentenceStore;
import org.narrativelens.statements.Statement;
import org.narrativelens.statements.StatementExtractor;

/**
 * Parsed sentences on disk for the evaluation command, one JSON line per sentence ({@code hash}, then its
 * statements), one append-only file per {@link StatementExtractor#VERSION}: a re-run parses nothing it has seen. A
 * torn last line (an interrupted run) is skipped.
 */
final class StatementFile implements SentenceStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<Statement>>> LINE = new TypeReference<>() {
    };

    private final Path file;
    private final Map<String, List<Statement>> known = new HashMap<>();

    StatementFile(Path dir) {
        this.file = dir.resolve("statements-" + StatementExtractor.VERSION.replaceAll("[^A-Za-z0-9.-]", "_")
                + ".jsonl");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        known.putAll(JSON.readValue(line, LINE));
                    } catch (IOException torn) {
                        // an interrupted run's last line: parsed again when needed
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    Path file() {
        return file;
    }

    int size() {
        return known.size();
    }

    @Override
    public Map<String, List<Statement>> lookup(List<String> hashes) {
        Map<String, List<Statement>> found = new HashMap<>();
        hashes.forEach(h -> {
            List<Statement> statements = known.get(h);
            if (statements != null) {
                found.put(h, statements);
            }
        });
        return found;
    }

    @Override
    public void store(Map<String, List<Statement>> parsed) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (Map.Entry<String, List<Statement>> entry : parsed.entrySet()) {
                if (known.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                    out.write(JSON.writeValueAsString(Map.of(entry.getKey(), entry.getValue())));
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
