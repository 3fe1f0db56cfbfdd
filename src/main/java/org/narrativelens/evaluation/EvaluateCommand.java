package org.narrativelens.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.narrativelens.embed.EmbedderSettings;
import org.narrativelens.embed.ModelManifest;
import org.narrativelens.embed.ModelSpec;
import org.narrativelens.embed.OnnxEmbedder;
import org.narrativelens.frames.AnalysisOptions;
import org.narrativelens.frames.FrameGuide;
import org.narrativelens.pipeline.PassageText;
import org.narrativelens.pipeline.StageStatements;
import org.narrativelens.pipeline.Statements;
import org.narrativelens.stance.DocumentScore;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.statements.StatementExtractor;
import org.narrativelens.statements.StatementSettings;
import org.narrativelens.statements.StatementStage;
import org.narrativelens.text.PassageSegmenter;
import org.narrativelens.text.SegmenterSettings;

/** The evaluation command's main: analyses a labelled documents.jsonl one group at a time and prints the metrics. */
public final class EvaluateCommand {

    /** How the README runs it; printed above every table with the arguments that produced it. */
    static final String LAUNCHER = "./mvnw -q compile exec:exec@evaluate -Deval.args=";

    private final EvaluationArgs args;
    private final PrintStream out;
    private int reused;
    private int embedded;
    private StageStatements statements;
    private StatementFile parsedSentences;
    private Map<String, List<String>> aliasHints;
    private final List<NarrativeTable.GroupRow> narrativeRows = new ArrayList<>();

    EvaluateCommand(EvaluationArgs args, PrintStream out) {
        this.args = args;
        this.out = out;
    }

    public static void main(String[] argv) {
        EvaluationArgs args;
        try {
            args = EvaluationArgs.parse(Arrays.asList(argv));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new EvaluateCommand(args, System.out).run(LAUNCHER + "\"" + String.join(" ", argv) + "\"");
    }

    /** Runs the evaluation and prints it under {@code commandLine}. */
    void run(String commandLine) {
        ModelSpec spec = ModelManifest.read(args.modelsDir().resolve("manifest.json")).find(args.model())
                .orElseThrow(() -> new IllegalArgumentException("model " + args.model() + " is not in the manifest"));
        List<EvalDocument> documents = JsonlCorpus.read(args.documents(), args.groupField());
        try (OnnxEmbedder embedder = OnnxEmbedder.open(args.modelsDir(), spec, EmbedderSettings.defaults());
             VectorCache cache = VectorCache.open(args.cacheDir(), spec.name(), spec.dimension())) {
            int cachedAtStart = cache.size();
            GroupEmbedder groups = new GroupEmbedder(new PassageSegmenter(SegmenterSettings.defaults()), embedder, cache,
                    this::readStatements);
            EvaluationTable table = new EvaluationTable(out);
            if (args.expected() != null) {
                seeds(documents, groups, embedder, table, commandLine, spec, cache, cachedAtStart);
                return;
            }
            List<GroupResult> results = new ArrayList<>();
            for (Map.Entry<String, List<EvalDocument>> group : JsonlCorpus.byGroup(documents).entrySet()) {
                if (args.onlyGroup() != null && !args.onlyGroup().equals(group.getKey())) {
                    continue;
                }
                System.err.printf("group %s: %d documents%n", group.getKey(), group.getValue().size());
                results.add(group(group.getKey(), group.getValue(), groups));
            }
            table.header(commandLine, settings(spec, cache, cachedAtStart, documents.size(), results.size()));
            table.groups(results, args.storyPairs());
            if (args.narratives()) {
                table.line(parsedSentences());
                new NarrativeTable(out).groups(narrativeRows);
            }
        }
    }

    private GroupResult group(String name, List<EvalDocument> documents, GroupEmbedder groups) {
        long start = System.nanoTime();
        EmbeddedGroup group = groups.embed(documents);
        count(group);
        Optional<String> anchorA = AnchorRule.choose(group.documents(), args.sideA());
        Optional<String> anchorB = AnchorRule.choose(group.documents(), args.sideB());
        try {
            GroupAnalysis analysis = groups.analysis(aliasHints());
            SourceSideMetrics metrics = new SourceSideMetrics(args.sideA(), args.sideB(), args.minDocs(),
                    args.permutations(), args.seed());
            SideSeparation oriented = null;
            double orientedAxisP = Double.NaN;
            StoryPairs.Result pairs = null;
            if (anchorA.isPresent() && anchorB.isPresent()) {
                Set<String> anchors = Set.of(anchorA.get(), anchorB.get());
                Map<String, List<String>> sides = Map.of("A", List.of(anchorA.get()), "B", List.of(anchorB.get()));
                NarrativeMap map = analysis.run(group, List.of(), sides);
                oriented = metrics.measure(map.documents(), group.documents(), anchors, false);
                if (args.narratives()) {
                    long narrativeStart = System.nanoTime();
                    GroupAnalysis.Claims run = analysis.withClaims(group, map, List.of(), sides);
                    List<org.narrativelens.narratives.Narrative> found = run.outcome().narratives().narratives();
                    narrativeRows.add(new NarrativeTable.GroupRow(name, run.read().statements().size(), found.size(),
                            NarrativeTable.opposingPairs(found), NarrativeTable.axisLabel(run.outcome().axis()),
                            oriented, metrics.measure(run.map().documents(), group.documents(), anchors, false),
                            seconds(narrativeStart)));
                }
                orientedAxisP = GroupAnalysis.axisP(map);
                if (args.storyPairs()) {
                    pairs = StoryPairs.count(map.documents(), group.documents(), args.sideA(), args.sideB(), anchors);
                }
            }
            NarrativeMap unsupervised = analysis.run(group, List.of(), Map.of());
            SideSeparation agnostic = metrics.measure(unsupervised.documents(), group.documents(), Set.of(), true);
            List<DocumentScore> supervised = new SupervisedCeiling(args.sideA(), args.sideB()).scores(group);
            SideSeparation ceiling = metrics.measure(supervised, group.documents(), Set.of(), false);
            StoryPairs.Result ceilingPairs = args.storyPairs()
                    ? StoryPairs.count(supervised, group.documents(), args.sideA(), args.sideB(), Set.of()) : null;
            return new GroupResult(name, group.documents().size(), group.passages().size(), anchorA.orElse(null),
                    anchorB.orElse(null), oriented, orientedAxisP, agnostic, GroupAnalysis.axisP(unsupervised), pairs,
                    ceiling, ceilingPairs, seconds(start), null);
        } catch (IllegalArgumentException e) {
            return new GroupResult(name, group.documents().size(), group.passages().size(), anchorA.orElse(null),
                    anchorB.orElse(null), null, Double.NaN, null, Double.NaN, null, null, null, seconds(start),
                    e.getMessage());
        }
    }

    private void seeds(List<EvalDocument> documents, GroupEmbedder groups, OnnxEmbedder embedder,
                       EvaluationTable table, String commandLine, ModelSpec spec, VectorCache cache,
                       int cachedAtStart) {
        JsonNode expected = readJson();
        Map<String, String> frames = new LinkedHashMap<>();
        expected.get("frames").fields().forEachRemaining(e -> frames.put(e.getKey(), e.getValue().asText()));
        Map<String, String> sources = new LinkedHashMap<>();
        expected.get("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        List<String> labels = List.copyOf(frames.keySet());
        if (labels.size() != 2) {
            throw new IllegalArgumentException(args.expected() + " must describe exactly two frames, A then B");
        }
        long start = System.nanoTime();
        EmbeddedGroup group = groups.embed(documents);
        count(group);
        float[][] vectors = embedder.embed(List.copyOf(frames.values()));
        List<FrameGuide> guides = List.of(new FrameGuide(labels.get(0), frames.get(labels.get(0)), vectors[0]),
                new FrameGuide(labels.get(1), frames.get(labels.get(1)), vectors[1]));
        GroupAnalysis analysis = groups.analysis(aliasHints());
        NarrativeMap guided = analysis.run(group, guides, Map.of());
        String anchor = AnchorRule.choose(group.documents(), labels.get(0)).orElseThrow(() ->
                new IllegalArgumentException("no source on side " + labels.get(0)));
        Map<String, List<String>> anchors = Map.of("A", List.of(anchor));
        NarrativeMap anchored = analysis.run(group, List.of(), anchors);
        NarrativeMap guidedAllVoices = analysis.run(group, guides, Map.of(),
                AnalysisOptions.defaults().withAllVoices(true));
        double seconds = seconds(start);
        List<String> all = settings(spec, cache, cachedAtStart, documents.size(), 1);
        List<String> settings = new ArrayList<>(List.of(all.get(0), all.get(1), "sides: A = " + labels.get(0)
                + " (stance -1), B = " + labels.get(1) + " (+1), from " + args.expected()
                + "; a source is right when its stance (mean of its document stances) has its side's sign",
                all.get(all.size() - 1)));
        settings.add("source stances count the author's voice only (the default) unless a table says every voice;"
                + " a speaker is scored on the passages in their voice (quoted or reported)");
        settings.add(String.format(java.util.Locale.ROOT, "wall time %.1f s for %d passages (%.0f passages/s),"
                + " all three runs included", seconds, group.passages().size(), group.passages().size() / seconds));
        table.header(commandLine, settings);
        List<SeedCheck.Row> authorRows = SeedCheck.rows(guided.documents(), group.documents(), sources,
                labels.get(0));
        List<SeedCheck.Row> allRows = SeedCheck.rows(guidedAllVoices.documents(), group.documents(), sources,
                labels.get(0));
        table.seeds("Guided by the two frame descriptions, author's voice only (default)",
                GroupAnalysis.axisP(guided), authorRows);
        table.seeds("Guided by the two frame descriptions, every voice (options.voices = all)",
                GroupAnalysis.axisP(guidedAllVoices), allRows);
        table.line(String.format(java.util.Locale.ROOT, "Gap between the sides (lowest side-B stance minus highest"
                        + " side-A stance): author's voice only %+.3f, every voice %+.3f; distance of the side-B"
                        + " mean from the side-A mean: %+.3f and %+.3f.%n",
                SeedCheck.margin(authorRows, labels.get(0)), SeedCheck.margin(allRows, labels.get(0)),
                SeedCheck.meanGap(authorRows, labels.get(0)), SeedCheck.meanGap(allRows, labels.get(0))));
        table.seeds("Anchored by " + anchors + " (the rule's side-A source)", GroupAnalysis.axisP(anchored),
                SeedCheck.rows(anchored.documents(), group.documents(), sources, labels.get(0)));
        Map<String, String> people = new LinkedHashMap<>();
        expected.path("speakers").fields().forEachRemaining(e -> people.put(e.getKey(), e.getValue().asText()));
        table.speakers("Per quoted person, guided", SpeakerCheck.rows(guided.speakers(), people, labels.get(0)));
        table.allSpeakers(guided.speakers());

        GroupAnalysis.Claims guidedClaims = analysis.withClaims(group, guided, List.copyOf(frames.values()), Map.of());
        GroupAnalysis.Claims anchoredClaims = analysis.withClaims(group, anchored, List.of(), anchors);
        table.line("With the statement and narrative layers, as the service runs them (stances combined with the"
                + " claims on the narrative pair standing for the axis). " + parsedSentences() + "\n");
        table.seeds("Guided by the two frame descriptions, with the claims", GroupAnalysis.axisP(guided),
                SeedCheck.rows(guidedClaims.map().documents(), group.documents(), sources, labels.get(0)));
        table.seeds("Anchored by " + anchors + ", with the claims", GroupAnalysis.axisP(anchored),
                SeedCheck.rows(anchoredClaims.map().documents(), group.documents(), sources, labels.get(0)));
        table.speakers("Per quoted person, guided, with the claims",
                SpeakerCheck.rows(guidedClaims.map().speakers(), people, labels.get(0)));
        NarrativeTable narratives = new NarrativeTable(out);
        narratives.narratives("Narratives (guided run)", guidedClaims, 15);
        narratives.narratives("Narratives (anchored run)", anchoredClaims, 15);
        narratives.roles("Roles (anchored run)", anchoredClaims, 10);
    }

    /** The pipeline's statement stage, on the sentence file of the cache; the parser is loaded on first use. */
    private Statements readStatements(List<PassageText> passages, List<String> guideTexts,
                                      Map<String, List<String>> hints, IntConsumer progress) {
        if (statements == null) {
            parsedSentences = new StatementFile(args.cacheDir());
            statements = new StageStatements(new StatementStage(parsedSentences, StatementSettings.defaults(),
                    args.modelsDir()));
        }
        return statements.read(passages, guideTexts, hints, progress);
    }

    /** The entity alias hints of {@code --entities}, read once. */
    private Map<String, List<String>> aliasHints() {
        if (aliasHints == null) {
            aliasHints = args.entities() == null ? Map.of() : readAliasHints();
        }
        return aliasHints;
    }

    private Map<String, List<String>> readAliasHints() {
        try {
            return new ObjectMapper().readValue(args.entities().toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + args.entities(), e);
        }
    }

    private String parsedSentences() {
        return parsedSentences == null ? "" : "Parsed sentences: " + parsedSentences.size() + " in "
                + parsedSentences.file() + " (" + StatementExtractor.VERSION + ").";
    }

    private List<String> settings(ModelSpec spec, VectorCache cache, int cachedAtStart, int documents, int groups) {
        return List.of(
                documents + " documents from " + args.documents() + " in " + groups + " group(s)"
                        + (args.groupField() == null ? "" : " by `" + args.groupField() + "`"),
                "model " + spec.name() + " (sha256 " + spec.sha256().substring(0, 12) + "...); segmenter "
                        + SegmenterSettings.defaults() + "; analyzer " + AnalysisOptions.defaults().asParameters(),
                "sides: A = " + args.sideA() + " (stance -1), B = " + args.sideB() + " (+1, the positive class)",
                "oriented: anchors {A: [a], B: [b]} where a (b) is the side-A (side-B) source with the most documents"
                        + " in the group, ties to the first name; anchors are left out of the oriented AUCs."
                        + " Sign-agnostic: unsupervised run, max(AUC, 1-AUC)",
                "source score = mean of its document stances; sources with >= " + args.minDocs()
                        + " documents; p = label-permutation null (" + args.permutations() + " permutations, seed "
                        + args.seed() + "; sign-agnostic null also max(AUC, 1-AUC))",
                "ceiling (not the service: what the labels allow): a ridge classifier (penalty "
                        + SupervisedCeiling.RIDGE + ") on centred unit document vectors trained on every other"
                        + " labelled source of the group, scoring each source held out in turn; same AUC and p",
                "vector cache " + cache.file() + ": " + reused + " passage vectors reused, " + embedded
                        + " embedded in this run (" + cachedAtStart + " cached at start); wall times include"
                        + " segmentation, embedding or cache look-up, and every analysis of the group");
    }

    private void count(EmbeddedGroup group) {
        reused += group.cacheHits();
        embedded += group.embedded();
    }

    private JsonNode readJson() {
        try {
            return new ObjectMapper().readTree(args.expected().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + args.expected(), e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
