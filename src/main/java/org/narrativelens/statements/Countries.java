package org.narrativelens.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Countries with their demonyms and capitals ({@code countries.txt}): "Pakistani", "Islamabad" -> pakistan. */
final class Countries {

    private static final Map<String, String> COUNTRY_OF = load();

    private Countries() {
    }

    /** The country a lower-case word or phrase names, or null. */
    static String of(String phrase) {
        return COUNTRY_OF.get(phrase);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Countries.class.getResourceAsStream("countries.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split("\\|");
                for (String name : names) {
                    map.put(name.trim(), names[0].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
