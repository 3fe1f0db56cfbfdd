package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions of a corpus embedded as bare predicates ("shelter", "crack down") and placed in an {@link ActionClass}
 * by their nearest prototype verb when its cosine is at least {@link #SAME_SENSE}.
 * <p>
 * Bare predicates, not the predicate in its sentence: with all-MiniLM-L6-v2, "Pakistan shelters ISIS-K" and
 * "Pakistan fights ISIS-K" have cosine 0.80 and every pair of such statements 0.70-0.91, so the shared entities
 * drown the action; bare verbs spread from 0.13 to 0.59 (docs/drafts/i13-narratives.md). {@link #SAME_SENSE} is
 * above what unrelated verbs reach with that model ("say"-"help" 0.43, "cost"-"fund" 0.33) and below what close
 * verbs reach ("fight"-"confront" 0.59, "shelter"-"rescue" 0.57). The model cannot tell an action from its opposite
 * ("fight"-"attack" 0.59), which is why the classes, not the similarity alone, decide harm and help.
 */
public final class ActionLexicon {

    /** The cosine at or above which two bare predicates count as the same sense. */
    public static final double SAME_SENSE = 0.55;

    private final Map<String, float[]> vectors;
    private final Map<String, ActionClass> classes = new HashMap<>();

    private ActionLexicon(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** Embeds the actions and the prototypes (one call to the encoder) and classifies every action. */
    public static ActionLexicon of(Collection<String> actions, PhraseEncoder encoder) {
        Set<String> phrases = new LinkedHashSet<>();
        for (ActionClass c : ActionClass.values()) {
            phrases.addAll(c.prototypes());
        }
        actions.stream().sorted().forEach(phrases::add);
        List<String> ordered = new ArrayList<>(phrases);
        float[][] embedded = encoder.encode(ordered);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            vectors.put(ordered.get(i), embedded[i]);
        }
        ActionLexicon lexicon = new ActionLexicon(vectors);
        for (String action : ordered) {
            lexicon.classes.put(action, lexicon.nearestClass(action));
        }
        return lexicon;
    }

    /**
     * This lexicon with more phrases embedded (one call to the encoder) and classified the same way: the heads of
     * nouns, where a noun that names a harm ("injuries", "attacks") lands in {@link ActionClass#HARM}.
     */
    public ActionLexicon including(Collection<String> more, PhraseEncoder encoder) {
        List<String> missing = more.stream().filter(p -> !vectors.containsKey(p)).distinct().sorted().toList();
        if (missing.isEmpty()) {
            return this;
        }
        Map<String, float[]> all = new HashMap<>(vectors);
        float[][] embedded = encoder.encode(missing);
        for (int i = 0; i < missing.size(); i++) {
            all.put(missing.get(i), embedded[i]);
        }
        ActionLexicon lexicon = new ActionLexicon(all);
        lexicon.classes.putAll(classes);
        for (String phrase : missing) {
            lexicon.classes.put(phrase, lexicon.nearestClass(phrase));
        }
        return lexicon;
    }

    /** The class of the action, or null when no prototype is close enough. */
    public ActionClass classOf(String action) {
        return classes.get(action);
    }

    /** Cosine of two embedded actions (unit vectors). */
    public double cosine(String a, String b) {
        float[] x = vectors.get(a);
        float[] y = vectors.get(b);
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }

    private ActionClass nearestClass(String action) {
        Map<ActionClass, Double> best = new EnumMap<>(ActionClass.class);
        for (ActionClass c : ActionClass.values()) {
            if (c.prototypes().contains(action)) {
                return c;
            }
            for (String prototype : c.prototypes()) {
                best.merge(c, cosine(action, prototype), Math::max);
            }
        }
        ActionClass nearest = null;
        double top = SAME_SENSE;
        for (Map.Entry<ActionClass, Double> entry : best.entrySet()) {
            if (entry.getValue() >= top) {
                nearest = entry.getKey();
                top = entry.getValue();
            }
        }
        return nearest;
    }
}
