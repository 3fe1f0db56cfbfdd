package org.narrativelens.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * The command's arguments.
 *
 * @param documents the {@code documents.jsonl}
 * @param groupField field that groups documents into separate analyses, null for one group
 * @param minDocs sources with fewer scored documents are left out of the source AUC
 * @param storyPairs also count stories whose side-A document scores below their side-B document
 * @param expected the seeds' {@code expected.json}: guided and single-anchor runs with a per-source verdict
 * @param sideA gold side expected at stance -1
 * @param sideB gold side expected at stance +1 (the positive class)
 * @param permutations label permutations for the AUC p-values
 * @param seed seed of the permutations
 * @param model model name in the manifest
 * @param modelsDir folder with {@code manifest.json} and the weights
 * @param cacheDir folder of the vector cache (and of the parsed sentences)
 * @param narratives also run the statement and narrative layers on every group (always on the seeds): slower, the
 *                   dependency parser reads every selected sentence once, then the cache serves it
 * @param onlyGroup analyse only this group, null for all
 * @param entities a JSON file of entity alias hints, as a request's {@code entities} ({@code {"ISIS-K": ["ISKP"]}}),
 *                 for the statement layer; null for none
 */
public record EvaluationArgs(Path documents, String groupField, int minDocs, boolean storyPairs, Path expected,
                             String sideA, String sideB, int permutations, long seed, String model, Path modelsDir,
                             Path cacheDir, boolean narratives, String onlyGroup, Path entities) {

    static final String USAGE = """
            usage: EvaluateCommand <documents.jsonl> [--group topic|story|none] [--min-docs 3] [--pairs story]
                   [--expected expected.json] [--sides left,right] [--permutations 2000] [--seed 42]
                   [--model all-minilm-l6-v2] [--models models] [--cache target/eval-cache]
                   [--narratives on|off] [--only <group>] [--entities aliases.json]""";

    /** Parses the command line; throws {@link IllegalArgumentException} with the usage on a mistake. */
    public static EvaluationArgs parse(List<String> args) {
        Path documents = null;
        String group = null;
        int minDocs = 3;
        boolean pairs = false;
        Path expected = null;
        String sides = "left,right";
        int permutations = 2000;
        long seed = 42;
        String model = "all-minilm-l6-v2";
        Path models = Path.of("models");
        Path cache = Path.of("target", "eval-cache");
        boolean narratives = false;
        String only = null;
        Path entities = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (documents != null) {
                    throw new IllegalArgumentException("more than one documents file\n" + USAGE);
                }
                documents = Path.of(arg);
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--group" -> group = "none".equals(value) ? null : value;
                case "--min-docs" -> minDocs = Integer.parseInt(value);
                case "--pairs" -> {
                    if (!"story".equals(value)) {
                        throw new IllegalArgumentException("--pairs takes 'story'\n" + USAGE);
                    }
                    pairs = true;
                }
                case "--expected" -> expected = Path.of(value);
                case "--sides" -> sides = value;
                case "--permutations" -> permutations = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--model" -> model = value;
                case "--models" -> models = Path.of(value);
                case "--cache" -> cache = Path.of(value);
                case "--narratives" -> {
                    if (!"on".equals(value) && !"off".equals(value)) {
                        throw new IllegalArgumentException("--narratives takes on or off\n" + USAGE);
                    }
                    narratives = "on".equals(value);
                }
                case "--only" -> only = value;
                case "--entities" -> entities = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (documents == null) {
            throw new IllegalArgumentException("no documents file\n" + USAGE);
        }
        String[] pair = sides.split(",");
        if (pair.length != 2) {
            throw new IllegalArgumentException("--sides takes two labels, A then B\n" + USAGE);
        }
        return new EvaluationArgs(documents, group, minDocs, pairs, expected, pair[0].strip(), pair[1].strip(),
                permutations, seed, model, models, cache, narratives, only, entities);
    }
}
