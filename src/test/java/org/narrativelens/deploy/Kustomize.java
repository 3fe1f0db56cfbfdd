package org.narrativelens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization directory the way {@code kustomize build} does, for the features k8s/ uses: resources
 * (files and directories), strategic-merge patches (with {@code $patch: delete}), images, labels with selectors,
 * and namespace. Any other field fails the rendering, so that a manifest never relies on something this test does
 * not check.
 */
final class Kustomize {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images",
            "labels", "namespace");
    /** Kinds whose objects live in a namespace (all that k8s/ uses are). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** The resources that {@code kustomize build dir} would print. */
    static List<ObjectNode> build(Path dir) {
        ObjectNode kustomization = (ObjectNode) readAll(dir.resolve("kustomization.yaml")).get(0);
        Iterator<String> fields = kustomization.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml: field '" + field
                        + "' is not understood by this check; extend Kustomize before using it");
            }
        }
        require("Kustomization".equals(kustomization.path("kind").asText()), dir + ": kind must be Kustomization");
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else {
                for (JsonNode document : readAll(resource)) {
                    resources.add((ObjectNode) document);
                }
            }
        }
        requireUnique(dir, resources);
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(dir, patch, resources);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(image, resources);
        }
        for (JsonNode label : kustomization.path("labels")) {
            addLabels(label, resources);
        }
        if (kustomization.hasNonNull("namespace")) {
            for (ObjectNode resource : resources) {
                if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
                    ((ObjectNode) resource.get("metadata")).put("namespace", kustomization.get("namespace").asText());
                }
            }
        }
        return resources;
    }

    static List<JsonNode> readAll(Path file) {
        require(Files.isRegularFile(file), "no such manifest: " + file);
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    require(document.isObject(), file + ": a document is not a mapping");
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static void applyPatch(Path dir, JsonNode entry, List<ObjectNode> resources) {
        require(entry.has("path") != entry.has("patch"), dir + ": a patch has either path or patch");
        List<JsonNode> patches;
        if (entry.has("path")) {
            patches = readAll(dir.resolve(entry.get("path").asText()));
        } else {
            try {
                patches = List.of(YAML.readTree(entry.get("patch").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (JsonNode patch : patches) {
            String kind = entry.path("target").path("kind").asText(patch.path("kind").asText());
            String name = entry.path("target").path("name").asText(patch.path("metadata").path("name").asText());
            ObjectNode target = resources.stream().filter(r -> kind.equals(r.path("kind").asText())
                            && name.equals(r.path("metadata").path("name").asText()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            dir + ": patch targets " + kind + "/" + name + ", which no resource is"));
            if ("delete".equals(patch.path("$patch").asText())) {
                resources.remove(target);
            } else {
                ObjectNode body = ((ObjectNode) patch).deepCopy();
                body.remove(List.of("apiVersion", "kind"));
                StrategicMerge.merge(target, body);
            }
        }
    }

    private static void setImage(JsonNode image, List<ObjectNode> resources) {
        String name = image.path("name").asText();
        for (ObjectNode resource : resources) {
            for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
                String current = container.path("image").asText();
                int colon = current.lastIndexOf(':');
                String currentName = colon < 0 ? current : current.substring(0, colon);
                if (currentName.equals(name)) {
                    String tag = image.has("newTag") ? image.get("newTag").asText()
                            : colon < 0 ? "" : current.substring(colon + 1);
                    String newName = image.path("newName").asText(currentName);
                    ((ObjectNode) container).put("image", tag.isEmpty() ? newName : newName + ":" + tag);
                }
            }
        }
    }

    private static void addLabels(JsonNode label, List<ObjectNode> resources) {
        boolean selectors = label.path("includeSelectors").asBoolean(false);
        for (ObjectNode resource : resources) {
            for (Map.Entry<String, JsonNode> pair : iterable(label.path("pairs").fields())) {
                put(resource, "metadata/labels", pair);
                if (!selectors) {
                    continue;
                }
                switch (resource.path("kind").asText()) {
                    case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet" -> {
                        put(resource, "spec/selector/matchLabels", pair);
                        put(resource, "spec/template/metadata/labels", pair);
                    }
                    case "Service" -> put(resource, "spec/selector", pair);
                    case "PodDisruptionBudget" -> put(resource, "spec/selector/matchLabels", pair);
                    default -> {
                    }
                }
            }
        }
    }

    private static void put(ObjectNode resource, String path, Map.Entry<String, JsonNode> pair) {
        ObjectNode node = resource;
        for (String step : path.split("/")) {
            node = node.has(step) ? (ObjectNode) node.get(step) : node.putObject(step);
        }
        node.set(pair.getKey(), pair.getValue());
    }

    private static void requireUnique(Path dir, List<ObjectNode> resources) {
        Set<String> seen = new java.util.HashSet<>();
        for (ObjectNode resource : resources) {
            require(resource.hasNonNull("apiVersion") && resource.hasNonNull("kind")
                    && resource.path("metadata").hasNonNull("name"), dir + ": a resource lacks apiVersion, kind or "
                    + "metadata.name: " + resource);
            String id = resource.get("kind").asText() + "/" + resource.get("metadata").get("name").asText();
            require(seen.add(id), dir + ": " + id + " is defined twice");
        }
    }

    static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
