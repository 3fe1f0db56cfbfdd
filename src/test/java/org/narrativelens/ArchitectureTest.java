package org.narrativelens;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md: no package cycle, dependencies only towards earlier stages, segmentation
 * called only by ingestion, the analysis stages run only by the pipeline, entities read only inside their feature. What breaks a rule today is listed below as a
 * frozen list of known violations: a new one fails the build, and so does a listed one that is gone (delete it here).
 */
class ArchitectureTest {

    private static final String BASE = "org.narrativelens";

    /**
     * Each package's stage in the flow documents -> passages -> embeddings -> frames -> scores -> stored result; a
     * package may depend on packages of a lower stage only (and on the base package's shared exception).
     */
    private static final Map<String, Integer> STAGE = Map.ofEntries(
            Map.entry("observability", 0), Map.entry("security", 0), Map.entry("export", 0), Map.entry("web", 0),
            Map.entry("text", 1),
            Map.entry("corpus", 2), Map.entry("embed", 2),
            Map.entry("frames", 3), Map.entry("statements", 3), Map.entry("embedqueue", 3),
            Map.entry("stance", 4),
            Map.entry("narratives", 5),
            Map.entry("pipeline", 6),
            Map.entry("analysis", 7),
            Map.entry("scoring", 8), Map.entry("timeline", 8),
            Map.entry("api", 9),
            // commands outside the service; the generated client serves the batch command only
            Map.entry("client", 10), Map.entry("evaluation", 10), Map.entry("batch", 11), Map.entry("benchmark", 11));

    /** Backwards edges still to remove (none: a new one fails the build). */
    private static final Set<String> KNOWN_BACKWARDS = Set.of();

    /**
     * The segmenter's own classes: ingestion (corpus) segments what is stored; the pipeline segments documents that
     * are scored without being stored ({@code /score}, the commands); nothing else should.
     */
    private static final Set<String> SEGMENTATION = Set.of("PassageSegmenter", "Segmentation", "SegmenterProducer",
            "SegmenterSettings");
    private static final Set<String> SEGMENTATION_CALLERS = Set.of("text", "corpus", "pipeline", "evaluation",
            "benchmark");
    private static final Set<String> KNOWN_SEGMENTATION_CALLS = Set.of();

    /**
     * The classes that run a stage of the analysis after embedding: the statement stage, the vector analysis, placement
     * on a saved analysis, the narrative layer. Only the pipeline calls them (others may construct one to hand it to
     * a pipeline), so every path runs them in the same order with the same inputs; the clustering benchmark alone
     * times the vector analysis by itself, on synthetic vectors that have no text to read.
     */
    private static final Set<String> STAGE_RUNS = Set.of("statements.StatementStage.run",
            "stance.NarrativeAnalyzer.analyze", "frames.FramePlacer.place", "narratives.NarrativeAnalysis.run",
            "narratives.NarrativeAnalysis.apply");
    private static final Set<String> STAGE_RUNS_OUTSIDE_THE_PIPELINE = Set.of(
            "benchmark.ClusteringBenchmark -> stance.NarrativeAnalyzer.analyze");

    /** Entities read outside their feature's package: they should stay behind its service. */
    private static final Set<String> KNOWN_ENTITY_READS = Set.of();

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the compiled main classes only (the generated client included): faster than scanning the classpath
        classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void noPackageCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasAStage() {
        Set<String> unknown = new TreeSet<>();
        for (JavaClass type : classes) {
            String feature = feature(type);
            if (feature != null && !STAGE.containsKey(feature)) {
                unknown.add(feature);
            }
        }
        assertEquals(Set.of(), unknown, "give every new package its stage in STAGE (and a line in docs/architecture.md)");
    }

    @Test
    void dependenciesRunTowardsEarlierStagesOnly() {
        Set<String> backwards = collect((from, to) -> STAGE.getOrDefault(from.feature, 0) <= STAGE.getOrDefault(
                to.feature, 0) && !from.feature.equals(to.feature) ? from.feature + " -> " + to.feature : null);
        assertFrozen(KNOWN_BACKWARDS, backwards, "backwards package dependencies");
    }

    @Test
    void onlyIngestionSegments() {
        Set<String> calls = collect((from, to) -> to.feature.equals("text") && SEGMENTATION.contains(to.name)
                && !SEGMENTATION_CALLERS.contains(from.feature) ? from + " -> " + to : null);
        assertFrozen(KNOWN_SEGMENTATION_CALLS, calls, "calls back into segmentation");
    }

    @Test
    void onlyThePipelineRunsTheStages() {
        Set<String> runs = new TreeSet<>();
        for (JavaClass type : classes) {
            if (feature(type) == null) {
                continue;
            }
            Node from = Node.of(type);
            type.getAccessesFromSelf().forEach(call -> { // calls and method references
                Node to = Node.of(call.getTargetOwner());
                String run = to + "." + call.getName();
                if (STAGE_RUNS.contains(run) && !from.feature.equals("pipeline") && !from.feature.equals(to.feature)) {
                    runs.add(from + " -> " + run);
                }
            });
        }
        assertEquals(STAGE_RUNS_OUTSIDE_THE_PIPELINE, runs, "a stage run outside pipeline.Pipeline (see"
                + " docs/architecture.md, \"Rules\")");
    }

    @Test
    void entitiesStayInsideTheirFeature() {
        Set<String> reads = collect((from, to) -> !from.feature.equals(to.feature) && to.entity
                ? from + " -> " + to : null);
        assertFrozen(KNOWN_ENTITY_READS, reads, "entities read outside their feature");
    }

    /**
     * One sentence splitter for the service ({@code text.SentenceSplitter}, which cuts long symbol runs before CoreNLP
     * sees them); the dependency parser's own pipeline only ever gets one sentence the splitter already bounded.
     */
    @Test
    void onlyTheSentenceSplitterAndTheParserBuildACoreNlpPipeline() {
        Set<String> builders = new TreeSet<>();
        for (JavaClass type : classes) {
            type.getConstructorCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().getName().equals("edu.stanford.nlp.pipeline.StanfordCoreNLP"))
                    .forEach(call -> builders.add(Node.of(type).toString()));
        }
        assertEquals(Set.of("statements.DependencyParser", "text.SentenceSplitter"), builders);
    }

    private static void assertFrozen(Set<String> known, Set<String> found, String what) {
        Set<String> added = new TreeSet<>(found);
        added.removeAll(known);
        Set<String> removed = new TreeSet<>(known);
        removed.removeAll(found);
        assertEquals(List.of(), List.copyOf(added), "new " + what + " (see docs/architecture.md, \"Rules\")");
        assertEquals(List.of(), List.copyOf(removed), "fixed " + what + ": delete them from the known list");
    }

    /** A class as the rules see it: its feature package, its simple top-level name, whether it is an entity. */
    private record Node(String feature, String name, boolean entity) {

        static Node of(JavaClass type) {
            JavaClass top = type;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return new Node(ArchitectureTest.feature(top), top.getSimpleName(), top.isAnnotatedWith("jakarta.persistence.Entity"));
        }

        @Override
        public String toString() {
            return feature + "." + name;
        }
    }

    @FunctionalInterface
    private interface EdgeRule {
        /** What to report for this dependency, or null when it is fine. */
        String violation(Node from, Node to);
    }

    private static Set<String> collect(EdgeRule rule) {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : classes) {
            if (feature(type) == null) {
                continue;
            }
            Node from = Node.of(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (feature(target) == null || target.isArray()) {
                    continue;
                }
                Node to = Node.of(target);
                String violation = to.feature.equals(from.feature) && to.name.equals(from.name)
                        ? null : rule.violation(from, to);
                if (violation != null) {
                    found.add(violation);
                }
            }
        }
        return found;
    }

    /** The first package below the base package, or null for classes outside it or in the base package itself. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return null;
        }
        String rest = name.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
