package org.narrativelens.observability;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of /q/metrics in the Prometheus text format, read sample by sample. */
public record PrometheusText(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static PrometheusText scrape() {
        return new PrometheusText(given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200).extract().asString());
    }

    /** The sum of every sample of that name whose labels include the given ones; 0 when there is none. */
    public double sum(String name, Map<String, String> labels) {
        double total = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches() || !sample.group(1).equals(name)) {
                continue;
            }
            if (labelsOf(sample.group(3)).entrySet().containsAll(labels.entrySet())) {
                total += Double.parseDouble(sample.group(4));
            }
        }
        return total;
    }

    /** Whether any sample of that name is present. */
    public boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    private static Map<String, String> labelsOf(String labels) {
        Map<String, String> found = new java.util.HashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                found.put(label.group(1), label.group(2));
            }
        }
        return found;
    }
}
