package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The claim axis as a rule that places any statement, kept with an analysis's result so that
 * {@code POST /v1/analyses/{id}/score} counts the claims of new documents as the analysis counted its own: for the
 * pair and each kin narrative, its agent and patient entities, the action lemmas its statements used, and its side
 * (-1 for A, +1 for B, as its holder states it). A statement of the same parties with a lemma the corpus never used
 * takes the side whose action class it shares, when only one side's does (the kin rule of {@link ClaimAxis}).
 *
 * @param classA the action class of side A's narrative, null when none or when both sides share one
 * @param classB the action class of side B's narrative, likewise
 */
public record ClaimRule(List<Part> parts, ActionClass classA, ActionClass classB) {

    /** One narrative of the rule; {@code actionClass} of its label's action, null for none. */
    public record Part(String agent, String patient, List<String> actions, ActionClass actionClass, int side) {
    }

    /** The axis's pair and kin with the lemmas their statements used; null without an axis. */
    public static ClaimRule of(ClaimAxis axis, NarrativeSet set, Function<String, ActionClass> classOf) {
        if (axis == null) {
            return null;
        }
        Map<String, TreeSet<String>> lemmas = new TreeMap<>();
        set.narrativeOf().forEach((s, id) -> lemmas.computeIfAbsent(id, k -> new TreeSet<>()).add(s.action()));
        List<Part> parts = new ArrayList<>();
        for (Narrative n : set.narratives()) {
            int side = axis.side(n.id());
            if (side != 0) {
                parts.add(new Part(n.agent(), n.patient(), List.copyOf(lemmas.getOrDefault(n.id(), new TreeSet<>())),
                        classOf.apply(n.action()), side));
            }
        }
        ActionClass a = classOf.apply(axis.a().action());
        ActionClass b = classOf.apply(axis.b().action());
        boolean distinct = a != null && b != null && a != b;
        return new ClaimRule(List.copyOf(parts), distinct ? a : null, distinct ? b : null);
    }

    /** Every action lemma of the rule: with a scored document's own lemmas, what the action lexicon classifies. */
    public List<String> actions() {
        return parts.stream().flatMap(p -> p.actions().stream()).distinct().sorted().toList();
    }

    /** -1 or +1 for the statement's positive claim, 0 when the rule does not place it. */
    public int side(PlacedStatement s, Function<String, ActionClass> classOf) {
        for (Part p : parts) {
            if (sameParties(p, s) && p.actions().contains(s.action())) {
                return p.side();
            }
        }
        ActionClass c = classA == null ? null : classOf.apply(s.action());
        if (c == null || c != classA && c != classB) {
            return 0;
        }
        for (Part p : parts) {
            if (sameParties(p, s) && p.actionClass() == c) {
                return p.side();
            }
        }
        return 0;
    }

    private static boolean sameParties(Part p, PlacedStatement s) {
        return p.agent().equals(s.agent()) && Objects.equals(p.patient(), s.patient());
    }
}
