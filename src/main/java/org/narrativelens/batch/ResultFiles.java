package org.narrativelens.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.narrativelens.client.model.Analysis;
import org.narrativelens.export.Csv;
import org.narrativelens.export.ResultTables;

/** Writes a finished analysis as {@code analysis.json} and one CSV file per result table (speakers when present). */
public final class ResultFiles {

    private final ObjectMapper json;

    public ResultFiles(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The files written, in order. */
    public List<Path> write(Analysis analysis, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Path whole = folder.resolve("analysis.json");
        json.writeValue(whole.toFile(), analysis);
        written.add(whole);
        JsonNode result = json.valueToTree(analysis.getResult());
        for (String table : ResultTables.NAMES) {
            if (table.equals("speakers") && result.path("speakers").isEmpty()) {
                continue;
            }
            Path file = folder.resolve(table + ".csv");
            Files.writeString(file, Csv.write(ResultTables.table(result, table)), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
