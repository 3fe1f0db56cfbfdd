package org.narrativelens.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrativelens.InvalidInputException;
import org.narrativelens.corpus.TextCharacters;

/** Checks an analysis request against the corpus it is for; names the offending field and the limit. */
final class SubmissionValidator {

    static final int MAX_LABEL = 100;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EXAMPLES = 10;
    static final int MAX_FRAMES = 30;
    static final int MAX_RESAMPLES = 10_000;
    static final int MAX_ENTITIES = 100;
    static final int MAX_ALIASES = 20;
    static final int MAX_NAME = 100;

    private final Set<String> sources;
    private final int maxFrames;

    SubmissionValidator(List<String> sources) {
        this(sources, MAX_FRAMES);
    }

    /** {@code maxFrames} is narrative-lens.limits.max-frames-per-analysis. */
    SubmissionValidator(List<String> sources, int maxFrames) {
        this.sources = Set.copyOf(sources);
        this.maxFrames = maxFrames;
    }

    /** The request with nulls replaced by empty collections. */
    AnalysisSubmission validate(AnalysisSubmission submission) {
        AnalysisSubmission request = submission == null ? new AnalysisSubmission(null, null, null) : submission;
        List<AnalysisSubmission.FrameDescription> frames = request.frames();
        Map<String, List<String>> anchors = request.anchors();
        checkFrames(frames);
        checkAnchors(anchors, frames);
        checkOptions(request.options());
        Map<String, List<String>> entities = request.entities() == null ? Map.of() : request.entities();
        checkEntities(entities);
        return new AnalysisSubmission(frames, new LinkedHashMap<>(anchors), request.options(),
                new LinkedHashMap<>(entities));
    }

    private static void checkFrames(List<AnalysisSubmission.FrameDescription> frames) {
        if (!frames.isEmpty() && frames.size() != 2) {
            throw new InvalidInputException("frames", "frames: give exactly 2 frame descriptions (frame A, then "
                    + "frame B) or none; got " + frames.size());
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < frames.size(); i++) {
            AnalysisSubmission.FrameDescription frame = frames.get(i);
            String field = "frames[" + i + "]";
            if (frame == null) {
                throw new InvalidInputException(field, field + ": must be an object with a label and a description,"
                        + " examples, or both");
            }
            requireText(field + ".label", frame.label(), MAX_LABEL);
            List<String> examples = frame.examples() == null ? List.of() : frame.examples();
            if (frame.description() != null || examples.isEmpty()) {
                requireText(field + ".description", frame.description(), MAX_DESCRIPTION);
            }
            if (examples.size() > MAX_EXAMPLES) {
                throw new InvalidInputException(field + ".examples", field + ".examples: " + examples.size()
                        + " examples exceeds the limit of " + MAX_EXAMPLES);
            }
            for (int e = 0; e < examples.size(); e++) {
                requireText(field + ".examples[" + e + "]", examples.get(e), MAX_DESCRIPTION);
            }
            if (!labels.add(frame.label().strip())) {
                throw new InvalidInputException(field + ".label", field + ".label: '" + frame.label()
                        + "' is used twice; frame labels must differ");
            }
        }
    }

    private void checkAnchors(Map<String, List<String>> anchors, List<AnalysisSubmission.FrameDescription> frames) {
        Set<String> sides = new HashSet<>(List.of("A", "B"));
        frames.forEach(frame -> sides.add(frame.label().strip()));
        Map<String, String> sideOfSource = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> anchor : anchors.entrySet()) {
            String field = "anchors." + anchor.getKey();
            if (!sides.contains(anchor.getKey())) {
                throw new InvalidInputException(field, field + ": the side must be \"A\", \"B\" or a frame label "
                        + "given in frames; known: " + new ArrayList<>(sides).stream().sorted().toList());
            }
            if (anchor.getValue() == null || anchor.getValue().isEmpty()) {
                throw new InvalidInputException(field, field + ": list at least one source");
            }
            String side = canonicalSide(anchor.getKey(), frames);
            for (String source : anchor.getValue()) {
                if (source == null || !sources.contains(source)) {
                    throw new InvalidInputException(field, field + ": source '" + source
                            + "' has no documents in this corpus");
                }
                String previous = sideOfSource.put(source, side);
                if (previous != null && !previous.equals(side)) {
                    throw new InvalidInputException(field, field + ": source '" + source + "' is anchored on both sides");
                }
            }
        }
    }

    private static void checkEntities(Map<String, List<String>> entities) {
        if (entities.size() > MAX_ENTITIES) {
            throw new InvalidInputException("entities", "entities: " + entities.size()
                    + " entities exceeds the limit of " + MAX_ENTITIES);
        }
        for (Map.Entry<String, List<String>> entity : entities.entrySet()) {
            String field = "entities." + entity.getKey();
            requireText(field, entity.getKey(), MAX_NAME);
            List<String> aliases = entity.getValue();
            if (aliases == null || aliases.isEmpty()) {
                throw new InvalidInputException(field, field + ": list at least one alias");
            }
            if (aliases.size() > MAX_ALIASES) {
                throw new InvalidInputException(field, field + ": " + aliases.size() + " aliases exceeds the limit of "
                        + MAX_ALIASES);
            }
            for (int i = 0; i < aliases.size(); i++) {
                requireText(field + "[" + i + "]", aliases.get(i), MAX_NAME);
            }
        }
    }

    /** "A" or "B", whether the client named the side by letter or by frame label. */
    static String canonicalSide(String key, List<AnalysisSubmission.FrameDescription> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).label().strip().equals(key)) {
                return i == 0 ? "A" : "B";
            }
        }
        return key;
    }

    private void checkOptions(AnalysisSubmission.Options options) {
        if (options == null) {
            return;
        }
        range("options.maxFrames", options.maxFrames(), 0, maxFrames);
        range("options.bootstrapSamples", options.bootstrapSamples(), 0, MAX_RESAMPLES);
        range("options.permutations", options.permutations(), 0, MAX_RESAMPLES);
        if (options.voices() != null && !VOICES.contains(options.voices())) {
            throw new InvalidInputException("options.voices", "options.voices: '" + options.voices()
                    + "' is not one of " + VOICES);
        }
    }

    /** Values of options.voices: the author's voice only (default), or every voice. */
    static final List<String> VOICES = List.of("author", "all");

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, field + ": " + value + " is outside the allowed range "
                    + min + ".." + max);
        }
    }

    private static void requireText(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + ": is required and must not be empty");
        }
        if (value.length() > limit) {
            throw new InvalidInputException(field, field + ": " + value.length()
                    + " characters exceeds the limit of " + limit);
        }
        TextCharacters.problem(field, value, true).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
    }
}
