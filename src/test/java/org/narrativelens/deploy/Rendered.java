package org.narrativelens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output of one kustomization, with look-ups by kind and name. */
record Rendered(String name, List<ObjectNode> resources) {

    static Rendered of(Path dir) {
        return new Rendered(dir.getFileName().toString(), Kustomize.build(dir));
    }

    List<ObjectNode> all(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return all(kind).stream().filter(r -> name.equals(r.path("metadata").path("name").asText())).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this.name + " has no " + kind + "/" + name));
    }

    /** Deployments and StatefulSets: what has a pod template. */
    List<ObjectNode> workloads() {
        List<ObjectNode> workloads = new ArrayList<>(all("Deployment"));
        workloads.addAll(all("StatefulSet"));
        return workloads;
    }

    static String id(JsonNode resource) {
        return resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText();
    }

    static Map<String, String> strings(JsonNode mapping) {
        Map<String, String> values = new HashMap<>();
        mapping.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    static Map<String, String> templateLabels(JsonNode workload) {
        return strings(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }
}
