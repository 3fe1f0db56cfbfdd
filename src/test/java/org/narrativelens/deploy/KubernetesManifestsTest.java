package org.narrativelens.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.narrativelens.deploy.Rendered.id;
import static org.narrativelens.deploy.Rendered.selects;
import static org.narrativelens.deploy.Rendered.strings;
import static org.narrativelens.deploy.Rendered.templateLabels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.narrativelens.observability.PipelineMetrics;

/**
 * Every manifest under k8s/, rendered per overlay as kustomize would, checked offline against the service's own
 * configuration: kinds and required fields, probes and ports, resources, selectors, and references.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final String APP = "narrative-lens";
    static final String EXTERNAL_SECRETS = "narrativelens.org/secrets-provided-externally";
    /** The heap may take at most this share of the memory limit ... */
    static final double MAX_HEAP_SHARE = 0.6;
    /** ... and must leave this much for ONNX Runtime and the model, metaspace, threads and buffers. */
    static final long MIN_NON_HEAP_BYTES = 1L << 30;
    static final Map<String, String> API_VERSIONS = Map.of(
            "Deployment", "apps/v1", "StatefulSet", "apps/v1", "Service", "v1", "ConfigMap", "v1", "Secret", "v1",
            "HorizontalPodAutoscaler", "autoscaling/v2", "PodDisruptionBudget", "policy/v1");

    static final ServiceEndpoints SERVICE = ServiceEndpoints.fromApplicationProperties();
    /** The queue gauges as Prometheus names them, the only external metrics an autoscaler may read. */
    static final Set<String> EXPORTED_QUEUES = Set.of(
            PipelineMetrics.EMBEDDING_TASKS_QUEUED.replace('.', '_'), PipelineMetrics.ANALYSES_QUEUED.replace('.', '_'));

    @Test
    void theOverlaysAreDevAndProdAndEveryManifestIsUsed() throws IOException {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            assertEquals(Set.of("dev", "prod"), overlays.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()));
        }
        Set<Path> referenced = new HashSet<>();
        for (String dir : List.of("base", "overlays/dev", "overlays/prod")) {
            Path root = K8S.resolve(dir);
            referenced.add(root.resolve("kustomization.yaml").normalize());
            JsonNode kustomization = Kustomize.readAll(root.resolve("kustomization.yaml")).get(0);
            kustomization.path("resources").forEach(r -> referenced.add(root.resolve(r.asText()).normalize()));
            kustomization.path("patches").forEach(p -> referenced.add(root.resolve(p.path("path").asText())
                    .normalize()));
        }
        try (Stream<Path> files = Files.walk(K8S)) {
            List<Path> orphans = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.toString().endsWith(".example.yaml"))
                    .map(Path::normalize).filter(p -> !referenced.contains(p)).toList();
            assertEquals(List.of(), orphans, "manifests that no kustomization uses (examples end in .example.yaml)");
        }
    }

    @Test
    void everyApiKeysSecretRenderedOrShownIsOneTheServiceAccepts() {
        List<JsonNode> secrets = new ArrayList<>(Kustomize.readAll(K8S.resolve("base/api-keys-secret.example.yaml")));
        secrets.addAll(render("dev").find("Secret", "narrative-lens-api-keys").stream().toList());
        assertEquals(2, secrets.size(), "the example and the dev Secret");
        for (JsonNode secret : secrets) {
            assertEquals("narrative-lens-api-keys", secret.path("metadata").path("name").asText());
            String keys = secret.path("stringData").path("api-keys").asText();
            // ApiKeys.parse is what the service runs at start: a key it refuses would stop the pod.
            assertFalse(org.narrativelens.security.ApiKeys.parse(List.of(keys.split(","))).isEmpty(), keys);
        }
    }

    @Test
    void theBaseRendersWithTheServiceItsScalingAndItsTemplates() {
        Rendered base = Rendered.of(K8S.resolve("base"));
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ConfigMap")) {
            assertTrue(base.find(kind, APP).isPresent(), "base has " + kind + "/" + APP);
        }
        JsonNode template = base.get("Secret", "narrative-lens-database");
        assertEquals(Set.of("username", "password"), strings(template.path("stringData")).keySet(),
                "the credentials template has the keys the Deployment reads");
        assertKindsAndFields(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kindsAndRequiredFields(String overlay) {
        Rendered rendered = render(overlay);
        assertKindsAndFields(rendered);
        for (ObjectNode resource : rendered.resources()) {
            assertFalse(resource.path("metadata").path("namespace").asText().isBlank(), id(resource) + " namespace");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesPortsAndScrapeAnnotationsMatchTheService(String overlay) {
        ObjectNode deployment = render(overlay).get("Deployment", APP);
        JsonNode container = appContainer(deployment);
        assertEquals(SERVICE.readiness(), probe(container, "readinessProbe").path("path").asText(), "readiness");
        assertEquals(SERVICE.liveness(), probe(container, "livenessProbe").path("path").asText(), "liveness");
        assertEquals(SERVICE.startup(), probe(container, "startupProbe").path("path").asText(), "startup");
        for (String kind : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals(SERVICE.port(), containerPort(container, probe(container, kind).path("port")),
                    kind + " port is the service's quarkus.http.port");
        }
        JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
        assertEquals(SERVICE.metrics(), annotations.path("prometheus.io/path").asText(), "scrape path");
        assertEquals(String.valueOf(SERVICE.port()), annotations.path("prometheus.io/port").asText(), "scrape port");
        // A startup probe must allow the model's checksum and load plus migrations: at least 2 minutes.
        JsonNode startup = container.path("startupProbe");
        assertTrue(startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3) >= 120,
                "startup probe allows at least 120 s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasRequestsWithinLimitsAndProbes(String overlay) {
        for (ObjectNode workload : render(overlay).workloads()) {
            for (JsonNode container : containers(workload)) {
                String where = id(workload) + " container " + container.path("name").asText();
                assertFalse(container.path("image").asText().isBlank(), where + " image");
                JsonNode resources = container.path("resources");
                for (String resource : List.of("cpu", "memory")) {
                    String request = resources.path("requests").path(resource).asText(null);
                    String limit = resources.path("limits").path(resource).asText(null);
                    assertNotNull(request, where + " requests " + resource);
                    assertNotNull(limit, where + " limits " + resource);
                    if (resource.equals("cpu")) {
                        assertTrue(Quantities.cores(request) <= Quantities.cores(limit), where + " cpu request");
                    } else {
                        assertTrue(Quantities.bytes(request) <= Quantities.bytes(limit), where + " memory request");
                    }
                }
                assertTrue(container.has("readinessProbe") && container.has("livenessProbe"), where + " probes");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theHeapAndTheModelFitTheMemoryLimit(String overlay) {
        Rendered rendered = render(overlay);
        JsonNode container = appContainer(rendered.get("Deployment", APP));
        long limit = Quantities.bytes(container.path("resources").path("limits").path("memory").asText());
        long request = Quantities.bytes(container.path("resources").path("requests").path("memory").asText());
        long heap = Quantities.maxHeap(env(container, "JAVA_OPTS"));
        assertTrue(heap > 0, "JAVA_OPTS sets -Xmx");
        assertTrue(heap <= MAX_HEAP_SHARE * limit, "-Xmx " + heap + " is at most 60% of the limit " + limit);
        assertTrue(limit - heap >= MIN_NON_HEAP_BYTES, "the limit leaves 1 GiB besides the heap");
        assertEquals(limit, request, "memory request = limit: the model's native memory cannot be reclaimed");
        double cpuLimit = Quantities.cores(container.path("resources").path("limits").path("cpu").asText());
        Map<String, String> settings = strings(rendered.get("ConfigMap", APP).path("data"));
        assertTrue(Integer.parseInt(settings.get("NARRATIVE_LENS_MODEL_INTRA_OP_THREADS")) <= cpuLimit,
                "ONNX Runtime threads within the CPU limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesSelectTheirPodsOnNamedPorts(String overlay) {
        Rendered rendered = render(overlay);
        for (ObjectNode service : rendered.all("Service")) {
            Map<String, String> selector = strings(service.path("spec").path("selector"));
            List<ObjectNode> selected = rendered.workloads().stream()
                    .filter(w -> selects(selector, templateLabels(w))).toList();
            assertEquals(1, selected.size(), id(service) + " selects the pods of exactly one workload");
            for (JsonNode port : service.path("spec").path("ports")) {
                boolean served = false;
                for (JsonNode container : containers(selected.get(0))) {
                    served |= containerPort(container, port.path("targetPort")) > 0;
                }
                assertTrue(served, id(service) + " targetPort " + port.path("targetPort") + " is a container port");
            }
        }
        ObjectNode app = rendered.get("Service", APP);
        assertEquals(SERVICE.port(), containerPort(appContainer(rendered.get("Deployment", APP)),
                app.path("spec").path("ports").get(0).path("targetPort")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void selectorsOfTheDeploymentHpaPdbAndSpreadMatchItsPods(String overlay) {
        Rendered rendered = render(overlay);
        ObjectNode deployment = rendered.get("Deployment", APP);
        Map<String, String> pods = templateLabels(deployment);
        assertTrue(selects(strings(deployment.path("spec").path("selector").path("matchLabels")), pods),
                "the Deployment selects its own pods");
        for (ObjectNode workload : rendered.workloads()) {
            assertTrue(selects(strings(workload.path("spec").path("selector").path("matchLabels")),
                    templateLabels(workload)), id(workload) + " selects its own pods");
        }

        ObjectNode hpa = rendered.get("HorizontalPodAutoscaler", APP);
        JsonNode target = hpa.path("spec").path("scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals("apps/v1", target.path("apiVersion").asText());
        assertEquals(APP, target.path("name").asText());
        int min = hpa.path("spec").path("minReplicas").asInt(1);
        int max = hpa.path("spec").path("maxReplicas").asInt();
        assertTrue(1 <= min && min <= max, "1 <= minReplicas <= maxReplicas");
        for (JsonNode metric : hpa.path("spec").path("metrics")) {
            if (metric.path("type").asText().equals("External")) {
                String name = metric.path("external").path("metric").path("name").asText();
                assertTrue(EXPORTED_QUEUES.contains(name), "the HPA scales on " + name + ", which the service does"
                        + " not export; it exports " + EXPORTED_QUEUES);
                continue;
            }
            String resource = metric.path("resource").path("name").asText();
            assertTrue(appContainer(deployment).path("resources").path("requests").has(resource),
                    "utilisation of " + resource + " needs a request to be measured against");
        }

        ObjectNode pdb = rendered.get("PodDisruptionBudget", APP);
        Map<String, String> pdbSelector = strings(pdb.path("spec").path("selector").path("matchLabels"));
        assertTrue(selects(pdbSelector, pods), "the PodDisruptionBudget selects the Deployment's pods");
        for (ObjectNode other : rendered.workloads()) {
            if (other != deployment) {
                assertFalse(selects(pdbSelector, templateLabels(other)), "the PDB does not select " + id(other));
            }
        }
        JsonNode minAvailable = pdb.path("spec").path("minAvailable");
        assertTrue(pdb.path("spec").has("maxUnavailable") || minAvailable.isInt() && minAvailable.asInt() < min,
                "the PDB lets a node drain evict a pod");
        for (JsonNode spread : deployment.path("spec").path("template").path("spec")
                .path("topologySpreadConstraints")) {
            assertTrue(selects(strings(spread.path("labelSelector").path("matchLabels")), pods),
                    "a topology spread constraint selects the Deployment's pods");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void referencedConfigMapsAndSecretsExistOrAreDeclaredExternal(String overlay) {
        Rendered rendered = render(overlay);
        for (ObjectNode workload : rendered.workloads()) {
            Set<String> external = new HashSet<>(List.of(workload.path("metadata").path("annotations")
                    .path(EXTERNAL_SECRETS).asText("").split(",")));
            external.remove("");
            Set<String> used = new HashSet<>();
            for (Reference reference : references(workload)) {
                String where = id(workload) + " -> " + reference;
                if (reference.kind().equals("Secret")) {
                    used.add(reference.name());
                }
                if ("prod".equals(overlay)) {
                    assertFalse(reference.optional(), where + ": optional references are not allowed in prod");
                }
                boolean declaredExternal = reference.kind().equals("Secret") && external.contains(reference.name());
                var found = rendered.find(reference.kind(), reference.name());
                if (found.isPresent()) {
                    assertFalse(declaredExternal, where + " is declared external but rendered: "
                            + "applying would overwrite the real one");
                    if (reference.key() != null) {
                        assertTrue(found.get().path("data").has(reference.key())
                                || found.get().path("stringData").has(reference.key()), where + ": no such key");
                    }
                } else {
                    assertTrue(reference.optional() || declaredExternal, where + " is neither in the overlay nor an "
                            + "optional reference nor listed in the annotation " + EXTERNAL_SECRETS);
                }
            }
            assertTrue(used.containsAll(external), id(workload) + " declares external Secrets it does not read");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServiceGetsAPostgresqlUrlCredentialsTheModelAndApiKeys(String overlay) {
        Rendered rendered = render(overlay);
        JsonNode container = appContainer(rendered.get("Deployment", APP));
        String url = strings(rendered.get("ConfigMap", "narrative-lens-database").path("data"))
                .get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url.startsWith("jdbc:postgresql://"), "a PostgreSQL JDBC URL: " + url);
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            assertEquals("narrative-lens-database", envNode(container, variable).path("valueFrom")
                    .path("secretKeyRef").path("name").asText(), variable);
        }
        assertEquals("narrative-lens-api-keys", envNode(container, "NARRATIVE_LENS_SECURITY_API_KEYS")
                .path("valueFrom").path("secretKeyRef").path("name").asText());

        Map<String, String> settings = strings(rendered.get("ConfigMap", APP).path("data"));
        Set<String> known = new HashSet<>();
        ServiceEndpoints.prodConfig().getPropertyNames().forEach(property -> known.add(
                property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase()));
        for (String variable : settings.keySet()) {
            assertTrue(known.contains(variable), variable + " sets a property of application.properties");
        }
        String model = settings.get("NARRATIVE_LENS_MODEL_NAME");
        assertTrue(org.narrativelens.embed.ModelManifest.read(Path.of("models/manifest.json")).find(model)
                .isPresent(), "model " + model + " is in models/manifest.json");
        assertEquals(Dockerfile.read().modelsDir(), settings.get("NARRATIVE_LENS_MODEL_DIR"),
                "the ConfigMap points at the image's models/");
        assertFalse(container.path("image").asText().isBlank());
    }

    @Test
    void devRunsItsOwnPostgresqlOnAClaimPerPod() {
        Rendered dev = render("dev");
        ObjectNode statefulSet = dev.get("StatefulSet", "narrative-lens-postgresql");
        ObjectNode service = dev.get("Service", statefulSet.path("spec").path("serviceName").asText());
        assertTrue(selects(strings(service.path("spec").path("selector")), templateLabels(statefulSet)));
        String url = strings(dev.get("ConfigMap", "narrative-lens-database").path("data"))
                .get("QUARKUS_DATASOURCE_JDBC_URL");
        int servicePort = service.path("spec").path("ports").get(0).path("port").asInt();
        assertTrue(url.startsWith("jdbc:postgresql://" + service.path("metadata").path("name").asText() + ":"
                + servicePort + "/"), "the dev URL names the PostgreSQL Service: " + url);
        Set<String> claims = new HashSet<>();
        for (JsonNode claim : statefulSet.path("spec").path("volumeClaimTemplates")) {
            claims.add(claim.path("metadata").path("name").asText());
            assertTrue(Quantities.bytes(claim.path("spec").path("resources").path("requests").path("storage")
                    .asText()) > 0, "the claim template requests storage");
        }
        for (JsonNode container : containers(statefulSet)) {
            for (JsonNode mount : container.path("volumeMounts")) {
                assertTrue(claims.contains(mount.path("name").asText()), "mount " + mount + " is a claim template");
            }
        }
        assertFalse(claims.isEmpty(), "PostgreSQL keeps its data on a PersistentVolumeClaim");
    }

    @Test
    void prodReadsExternalPostgresqlAndNeverRendersCredentials() {
        Rendered prod = render("prod");
        assertTrue(prod.all("StatefulSet").isEmpty(), "no database in prod: it is external");
        assertTrue(prod.find("Secret", "narrative-lens-database").isEmpty(), "credentials are created out of band");
        assertTrue(prod.all("Secret").isEmpty(), "prod renders no Secret at all");
        assertTrue(prod.get("HorizontalPodAutoscaler", APP).path("spec").path("minReplicas").asInt() >= 2,
                "two replicas at least, so a drain keeps the service up");
        JsonNode apiKeys = envNode(appContainer(prod.get("Deployment", APP)), "NARRATIVE_LENS_SECURITY_API_KEYS");
        assertFalse(apiKeys.path("valueFrom").path("secretKeyRef").path("optional").asBoolean(false),
                "prod requires its API keys");
    }

    @Test
    void theDockerfileCopiesTheFastJarLayoutAndTheModels() throws IOException {
        Dockerfile dockerfile = Dockerfile.read();
        assertEquals(Set.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/"), dockerfile.applicationSources(), "the fast-jar's four parts");
        assertEquals("/deployments/quarkus-run.jar", dockerfile.env().get("JAVA_APP_JAR"));
        assertEquals(String.valueOf(SERVICE.port()), dockerfile.exposedPort());
        assertEquals(dockerfile.modelsDir(), dockerfile.env().get("NARRATIVE_LENS_MODEL_DIR"));
        for (var spec : org.narrativelens.embed.ModelManifest.read(Path.of("models/manifest.json")).models()) {
            assertTrue(dockerfile.copiesModelFile(spec.file()), "the image has " + spec.file());
            assertTrue(dockerfile.copiesModelFile(spec.tokenizer()), "the image has " + spec.tokenizer());
        }
        assertTrue(dockerfile.copiesModelFile("manifest.json"), "the image has the manifest");
        List<String> ignore = Files.readAllLines(Path.of(".dockerignore"));
        assertTrue(ignore.contains("!target/quarkus-app/"), ".dockerignore keeps target/quarkus-app");
        assertTrue(ignore.contains("!models/*.onnx") && ignore.contains("!models/manifest.json"),
                ".dockerignore keeps the model files");
        Path app = Path.of("target/quarkus-app");
        if (Files.isDirectory(app)) {
            // After `package` (a second run of the tests) the layout the Dockerfile copies is there to compare.
            for (String part : List.of("lib", "app", "quarkus", "quarkus-run.jar")) {
                assertTrue(Files.exists(app.resolve(part)), "target/quarkus-app/" + part);
            }
        }
    }

    private static void assertKindsAndFields(Rendered rendered) {
        for (ObjectNode resource : rendered.resources()) {
            String kind = resource.path("kind").asText();
            assertTrue(API_VERSIONS.containsKey(kind), rendered.name() + ": unexpected kind " + kind);
            assertEquals(API_VERSIONS.get(kind), resource.path("apiVersion").asText(), id(resource) + " apiVersion");
            assertTrue(resource.path("metadata").path("name").asText().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
                    id(resource) + " name is a DNS label");
            switch (kind) {
                case "Deployment", "StatefulSet" -> {
                    assertTrue(resource.path("spec").path("selector").path("matchLabels").size() > 0, id(resource));
                    assertTrue(containers(resource).iterator().hasNext(), id(resource) + " has containers");
                    for (JsonNode container : containers(resource)) {
                        assertFalse(container.path("name").asText().isBlank(), id(resource) + " container name");
                    }
                }
                case "Service" -> assertTrue(resource.path("spec").path("ports").size() > 0, id(resource));
                case "ConfigMap" -> assertTrue(resource.path("data").size() > 0, id(resource) + " data");
                case "Secret" -> assertTrue(resource.path("stringData").size() + resource.path("data").size() > 0,
                        id(resource) + " data");
                case "HorizontalPodAutoscaler" -> assertTrue(resource.path("spec").has("maxReplicas"), id(resource));
                case "PodDisruptionBudget" -> assertTrue(resource.path("spec").has("maxUnavailable")
                        || resource.path("spec").has("minAvailable"), id(resource));
                default -> fail("unchecked kind " + kind);
            }
        }
    }

    private static Rendered render(String overlay) {
        return Rendered.of(K8S.resolve("overlays").resolve(overlay));
    }

    static Iterable<JsonNode> containers(JsonNode workload) {
        return workload.path("spec").path("template").path("spec").path("containers");
    }

    private static JsonNode appContainer(JsonNode deployment) {
        for (JsonNode container : containers(deployment)) {
            if (APP.equals(container.path("name").asText())) {
                return container;
            }
        }
        throw new AssertionError(id(deployment) + " has no container " + APP);
    }

    private static JsonNode probe(JsonNode container, String kind) {
        JsonNode get = container.path(kind).path("httpGet");
        assertFalse(get.isMissingNode(), kind + " is an httpGet probe");
        return get;
    }

    /** The container port a Service targetPort or a probe port names (by name or number), or -1. */
    private static int containerPort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt()
                    : port.asText().equals(declared.path("name").asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private static JsonNode envNode(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no environment variable " + name);
    }

    private static String env(JsonNode container, String name) {
        return envNode(container, name).path("value").asText();
    }

    /** A ConfigMap or Secret that a pod template reads, with the key when one is named. */
    record Reference(String kind, String name, String key, boolean optional) {
    }

    static List<Reference> references(JsonNode workload) {
        List<Reference> references = new ArrayList<>();
        JsonNode pod = workload.path("spec").path("template").path("spec");
        List<JsonNode> all = new ArrayList<>();
        pod.path("containers").forEach(all::add);
        pod.path("initContainers").forEach(all::add);
        for (JsonNode container : all) {
            for (JsonNode source : container.path("envFrom")) {
                add(references, "ConfigMap", source.path("configMapRef"), null);
                add(references, "Secret", source.path("secretRef"), null);
            }
            for (JsonNode variable : container.path("env")) {
                JsonNode from = variable.path("valueFrom");
                add(references, "ConfigMap", from.path("configMapKeyRef"), from.path("configMapKeyRef").path("key"));
                add(references, "Secret", from.path("secretKeyRef"), from.path("secretKeyRef").path("key"));
            }
        }
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("configMap")) {
                references.add(new Reference("ConfigMap", volume.path("configMap").path("name").asText(), null,
                        volume.path("configMap").path("optional").asBoolean(false)));
            }
            if (volume.has("secret")) {
                references.add(new Reference("Secret", volume.path("secret").path("secretName").asText(), null,
                        volume.path("secret").path("optional").asBoolean(false)));
            }
        }
        return references;
    }

    private static void add(List<Reference> references, String kind, JsonNode ref, JsonNode key) {
        if (!ref.isMissingNode()) {
            references.add(new Reference(kind, ref.path("name").asText(), key == null || key.isMissingNode() ? null
                    : key.asText(), ref.path("optional").asBoolean(false)));
        }
    }
}
