package org.narrativelens.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Kubernetes strategic merge as kustomize applies a patch file: mappings merge key by key, a null deletes the key,
 * lists of named items (containers, env, ports, volumes, volumeMounts) merge by {@code name}, other lists replace.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (current instanceof ObjectNode currentObject && value instanceof ObjectNode valueObject) {
                merge(currentObject, valueObject);
            } else if (current instanceof ArrayNode currentList && value instanceof ArrayNode valueList
                    && named(currentList) && named(valueList)) {
                mergeByName(currentList, valueList);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeByName(ArrayNode target, ArrayNode patch) {
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : target) {
                if (existing.get("name").asText().equals(item.get("name").asText())) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item);
            }
        }
    }

    private static boolean named(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.hasNonNull("name")) {
                return false;
            }
        }
        return true;
    }
}
