package org.narrativelens.narratives;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pair of opposing narratives that stands for the main axis: narrative {@code a} on side A (stance -1),
 * {@code b} on side B (+1). Chosen, in order: the two narratives the frame guides name; else, with anchors, the
 * opposing pair with the most stands (statements a holder asserts or disputes) on which the anchored sources take
 * a side, oriented so that they land on their sides; else the opposing pair with the most stands, oriented to agree
 * with the vector stances of the sources. Unless the guides name them, both narratives need a patient: an axis is
 * who does what to whom, and descriptions such as "rates are high" against "rates are low" are no such contest.
 */
public record ClaimAxis(Narrative a, Narrative b, Map<String, Integer> kin) {

    public ClaimAxis(Narrative a, Narrative b) {
        this(a, b, Map.of());
    }

    /**
     * -1 for a statement of {@code a}, +1 for {@code b}, times the narrative's orientation; the side of a kin
     * narrative; 0 otherwise.
     */
    int side(String narrativeId) {
        Narrative n = narrativeId == null ? null : narrativeId.equals(a.id()) ? a : narrativeId.equals(b.id()) ? b
                : null;
        return n == null ? narrativeId == null ? 0 : kin.getOrDefault(narrativeId, 0)
                : (n == a ? -1 : 1) * (n.negated() ? -1 : 1);
    }

    /**
     * The axis with its kin: each other narrative of the same agent and patient as one side whose action is of that
     * side's class and not of the other's takes that side ("Pakistan confronts ISIS-K" stands with "Pakistan arrests
     * ISIS-K" against "Pakistan harbours ISIS-K"). The pair is one contest of who does what to whom, and a source
     * that asserts another action of the same kind takes the same position in it. Without two distinct classes
     * (or with none) no narrative is kin: the pair alone says what the sides are.
     */
    public ClaimAxis withKin(NarrativeSet set, Function<String, ActionClass> classOf) {
        ActionClass classA = classOf.apply(a.action());
        ActionClass classB = classOf.apply(b.action());
        if (classA == null || classB == null || classA == classB) {
            return this;
        }
        Map<String, Integer> sides = new TreeMap<>();
        for (Narrative n : set.narratives()) {
            ActionClass c = classOf.apply(n.action());
            Narrative like = c == classA ? a : c == classB ? b : null;
            if (like != null && like != n && n != a && n != b && sameParties(n, like)) {
                sides.put(n.id(), side(like.id()));
            }
        }
        return new ClaimAxis(a, b, Map.copyOf(sides));
    }

    private static boolean sameParties(Narrative n, Narrative m) {
        return n.agent().equals(m.agent()) && Objects.equals(n.patient(), m.patient());
    }

    /**
     * @param anchors      sources known to be on side "A" or "B"
     * @param vectorStance each source's stance from the vector signal
     * @return the axis, or null when no two narratives oppose
     */
    public static ClaimAxis choose(NarrativeSet set, Map<String, List<String>> anchors,
                                   Map<String, Double> vectorStance) {
        List<String> guided = set.guideNarratives();
        if (guided.size() == 2 && guided.get(0) != null && guided.get(1) != null
                && !guided.get(0).equals(guided.get(1))) {
            return new ClaimAxis(set.byId(guided.get(0)), set.byId(guided.get(1)));
        }
        ClaimAxis best = null;
        int bestStands = 0;
        for (Narrative n : set.narratives()) {
            for (String other : n.opposes()) {
                Narrative m = set.byId(other);
                int stands = stands(n) + stands(m);
                if (n.id().compareTo(other) >= 0 || stands <= bestStands || n.patient() == null
                        || m.patient() == null) {
                    continue;
                }
                ClaimAxis axis = new ClaimAxis(n, m);
                Map<String, ClaimLeans.Lean> leans = ClaimLeans.bySource(set, axis);
                double anchored = agreement(leans, anchorStances(anchors));
                if (anchors.isEmpty() || anchored != 0) {
                    boolean flip = anchors.isEmpty() ? agreement(leans, vectorStance) < 0 : anchored < 0;
                    best = flip ? new ClaimAxis(m, n) : axis;
                    bestStands = stands;
                }
            }
        }
        return best;
    }

    private static int stands(Narrative n) {
        return n.sources().stream().mapToInt(s -> s.asserts() + s.disputes()).sum()
                + n.speakers().stream().mapToInt(s -> s.asserts() + s.disputes()).sum();
    }

    private static Map<String, Double> anchorStances(Map<String, List<String>> anchors) {
        Map<String, Double> stances = new HashMap<>();
        anchors.forEach((side, sources) -> sources.forEach(s -> stances.put(s, side.equals("A") ? -1.0 : 1.0)));
        return stances;
    }

    /** How far the sources' claim leans go with the given stances: the sum of their products. */
    private static double agreement(Map<String, ClaimLeans.Lean> leans, Map<String, Double> stances) {
        double sum = 0;
        for (Map.Entry<String, ClaimLeans.Lean> lean : leans.entrySet()) {
            sum += lean.getValue().value() * stances.getOrDefault(lean.getKey(), 0.0);
        }
        return sum;
    }
}
