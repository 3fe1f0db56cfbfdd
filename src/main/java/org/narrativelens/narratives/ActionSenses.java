package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups the actions one agent does to one patient into senses. Actions of one {@link ActionClass} form one sense
 * and actions of different classes never share one; the rest join by average linkage while the mean cosine of two
 * groups is at least {@link ActionLexicon#SAME_SENSE}.
 */
final class ActionSenses {

    private ActionSenses() {
    }

    /** The senses, each a sorted list of actions; deterministic for the same actions. */
    static List<List<String>> group(Collection<String> actions, ActionLexicon lexicon) {
        Map<ActionClass, List<String>> byClass = new EnumMap<>(ActionClass.class);
        List<List<String>> clusters = new ArrayList<>();
        for (String action : new TreeSet<>(actions)) {
            ActionClass c = lexicon.classOf(action);
            if (c == null) {
                clusters.add(new ArrayList<>(List.of(action)));
            } else {
                byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(action);
            }
        }
        clusters.addAll(0, byClass.values());
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = ActionLexicon.SAME_SENSE;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    if (classOf(clusters.get(i), lexicon) != null && classOf(clusters.get(j), lexicon) != null) {
                        continue;
                    }
                    double linkage = averageCosine(clusters.get(i), clusters.get(j), lexicon);
                    if (linkage >= best) {
                        best = linkage;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            clusters.get(bestI).addAll(clusters.remove(bestJ));
        }
        clusters.forEach(c -> c.sort(null));
        return clusters;
    }

    /** The class a group of actions carries (the class of any classified member), or null. */
    static ActionClass classOf(List<String> actions, ActionLexicon lexicon) {
        for (String action : actions) {
            ActionClass c = lexicon.classOf(action);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static double averageCosine(List<String> a, List<String> b, ActionLexicon lexicon) {
        double sum = 0;
        for (String x : a) {
            for (String y : b) {
                sum += lexicon.cosine(x, y);
            }
        }
        return sum / (a.size() * b.size());
    }
}
