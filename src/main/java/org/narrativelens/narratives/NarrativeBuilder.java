package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrativelens.narratives.Narrative.NarrativeExemplar;
import org.narrativelens.narratives.Narrative.SourceStand;
import org.narrativelens.narratives.Narrative.SpeakerStand;
import org.narrativelens.statements.Statement;

/**
 * Groups statements into narratives by agent entity, patient entity and action sense ({@link ActionSenses}), labels
 * them as statements, and finds which oppose. Two narratives of one agent and patient oppose when
 * <ul>
 *   <li>their actions are of contrary classes (supporting against countering or harming) and neither is negated;
 *   <li>or the holders split on them: a source or speaker backs one and disputes the other, and another holder
 *       backs the other;
 *   <li>or the two frame guides, parsed into statements too, map to them.
 * </ul>
 * A narrative needs {@code minStatements} statements, unless a guide names it or it opposes one that has them.
 * Statements without an agent entity form no narrative. Same input, same output.
 */
public final class NarrativeBuilder {

    private final int minStatements;
    private final int exemplars;

    /**
     * @param minStatements the fewest statements a narrative needs (a narrative the guides name is kept regardless)
     * @param exemplars     the most exemplar sentences per narrative
     */
    public NarrativeBuilder(int minStatements, int exemplars) {
        this.minStatements = minStatements;
        this.exemplars = exemplars;
    }

    /**
     * @param guides  none, or the statements read from each frame guide's description, in guide order
     * @param lexicon the embedded actions of the statements and of the guides
     */
    public NarrativeSet build(List<PlacedStatement> statements, List<List<PlacedStatement>> guides,
                              ActionLexicon lexicon) {
        Map<String, List<PlacedStatement>> groups = new TreeMap<>();
        for (PlacedStatement s : statements) {
            if (s.agent() != null) {
                groups.computeIfAbsent(groupKey(s.agent(), s.patient()), k -> new ArrayList<>()).add(s);
            }
        }
        if (groups.isEmpty()) {
            return new NarrativeSet(List.of(), Map.of(), guides.stream().map(g -> (String) null).toList());
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<PlacedStatement> group : groups.values()) {
            List<String> groupActions = group.stream().map(PlacedStatement::action).distinct().toList();
            for (List<String> sense : ActionSenses.group(groupActions, lexicon)) {
                List<PlacedStatement> members = group.stream().filter(s -> sense.contains(s.action())).toList();
                drafts.add(new Draft(members, sense, ActionSenses.classOf(sense, lexicon)));
            }
        }
        List<Draft> guided = new ArrayList<>();
        for (List<PlacedStatement> guide : guides) {
            Draft oriented = null;
            for (PlacedStatement statement : guide) {
                Draft named = statement.agent() == null ? null : nearest(statement, drafts, lexicon);
                if (named != null) {
                    oriented = named.orientedAs(statement.statement().polarity() < 0);
                    drafts.set(drafts.indexOf(named), oriented);
                    Draft replaced = oriented;
                    guided.replaceAll(d -> d == named ? replaced : d);
                    break;
                }
            }
            guided.add(oriented);
        }
        List<Draft> told = drafts.stream()
                .filter(d -> d.members.size() >= minStatements || guided.contains(d)).toList();
        // a lone claim that contradicts a told narrative is the contest itself: kept
        List<Draft> kept = new ArrayList<>(drafts.stream().filter(d -> told.contains(d)
                || told.stream().anyMatch(t -> opposes(d, t, guided))).toList());
        kept.sort(Comparator.comparingInt((Draft d) -> -d.members.size()).thenComparing(d -> d.label));
        Map<Draft, String> ids = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            ids.put(kept.get(i), "n" + i);
        }
        List<Narrative> narratives = new ArrayList<>();
        Map<PlacedStatement, String> narrativeOf = new LinkedHashMap<>();
        for (Draft d : kept) {
            List<String> opposes = new ArrayList<>();
            for (Draft other : kept) {
                if (other != d && opposes(d, other, guided)) {
                    opposes.add(ids.get(other));
                }
            }
            narratives.add(d.narrative(ids.get(d), opposes, exemplars));
            d.members.forEach(s -> narrativeOf.put(s, ids.get(d)));
        }
        return new NarrativeSet(List.copyOf(narratives), narrativeOf,
                guided.stream().map(d -> d == null ? null : ids.get(d)).toList());
    }

    private static String groupKey(String agent, String patient) {
        return agent + "\u0000" + (patient == null ? "" : patient);
    }

    private static boolean opposes(Draft a, Draft b, List<Draft> guided) {
        if (guided.size() == 2 && guided.get(0) != guided.get(1) && guided.contains(a) && guided.contains(b)) {
            return true;
        }
        if (!a.key.equals(b.key)) {
            return false;
        }
        if (a.actionClass != null && b.actionClass != null && a.actionClass.contrary(b.actionClass)
                && !a.negated && !b.negated) {
            return true;
        }
        return splits(a, b) || splits(b, a);
    }

    /** Some holder backs {@code a} and disputes {@code b}, and another backs {@code b}. */
    private static boolean splits(Draft a, Draft b) {
        for (Map.Entry<String, Integer> holder : a.holders.entrySet()) {
            if (holder.getValue() > 0 && b.holders.getOrDefault(holder.getKey(), 0) < 0) {
                return b.holders.entrySet().stream()
                        .anyMatch(other -> !other.getKey().equals(holder.getKey()) && other.getValue() > 0);
            }
        }
        return false;
    }

    /**
     * The draft a guide's statement names, among drafts of the same agent and patient: the one whose actions are
     * closest in mean cosine (a draft containing the action itself first, then one of its class); null for none.
     */
    private static Draft nearest(PlacedStatement s, List<Draft> drafts, ActionLexicon lexicon) {
        String key = groupKey(s.agent(), s.patient());
        Draft best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Draft d : drafts) {
            if (!d.key.equals(key)) {
                continue;
            }
            double score = d.sense.contains(s.action()) ? 2
                    : d.actionClass != null && d.actionClass == lexicon.classOf(s.action()) ? 1.5
                    : d.sense.stream().mapToDouble(a -> lexicon.cosine(a, s.action())).average().orElse(0);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** A narrative before ids: its statements, how each holder stands, its orientation and label. */
    private static final class Draft {
        final List<PlacedStatement> members;
        final List<String> sense;
        final ActionClass actionClass;
        final String key;
        final boolean negated;
        final String action;
        final String label;
        /** Sources by name and speakers as "speaker:" + name: the sum of their stands on the narrative as labelled. */
        final Map<String, Integer> holders = new TreeMap<>();

        Draft(List<PlacedStatement> members, List<String> sense, ActionClass actionClass) {
            this(members, sense, actionClass, members.stream().mapToInt(s -> s.statement().polarity()).sum() < 0);
        }

        private Draft(List<PlacedStatement> members, List<String> sense, ActionClass actionClass, boolean negated) {
            this.members = members;
            this.sense = sense;
            this.actionClass = actionClass;
            PlacedStatement first = members.get(0);
            this.key = groupKey(first.agent(), first.patient());
            this.negated = negated;
            Map<String, Integer> counts = new TreeMap<>();
            members.forEach(s -> counts.merge(s.action(), 1, Integer::sum));
            this.action = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            this.label = VerbForms.label(first.agent(), action, first.patient(), negated);
            int orientation = negated ? -1 : 1;
            for (PlacedStatement s : members) {
                holders.merge(s.source(), orientation * Stands.source(s.statement()), Integer::sum);
                if (s.statement().speaker() != null) {
                    holders.merge("speaker:" + s.statement().speaker(),
                            orientation * Stands.speaker(s.statement()), Integer::sum);
                }
            }
        }

        /**
         * The draft worded as a guide words it: a guide that says "the lane removes parking" names the side of those
         * who hold that, even where most statements deny it.
         */
        Draft orientedAs(boolean negatedByGuide) {
            return negatedByGuide == negated ? this : new Draft(members, sense, actionClass, negatedByGuide);
        }

        Narrative narrative(String id, List<String> opposes, int maxExemplars) {
            int orientation = negated ? -1 : 1;
            Map<String, int[]> bySource = new TreeMap<>();
            Map<String, int[]> bySpeaker = new TreeMap<>();
            for (PlacedStatement s : members) {
                Statement st = s.statement();
                int sign = orientation * Stands.source(st);
                bySource.computeIfAbsent(s.source(), k -> new int[3])[sign > 0 ? 0 : sign == 0 ? 1 : 2]++;
                if (st.speaker() != null) {
                    bySpeaker.computeIfAbsent(st.speaker(), k -> new int[2])[orientation * st.polarity() > 0 ? 0 : 1]++;
                }
            }
            List<SourceStand> sources = new ArrayList<>();
            bySource.forEach((source, c) -> sources.add(new SourceStand(source, c[0], c[1], c[2],
                    c[0] + c[2] == 0 ? 0 : (double) (c[0] - c[2]) / (c[0] + c[2]))));
            List<SpeakerStand> speakers = new ArrayList<>();
            bySpeaker.forEach((name, c) -> speakers.add(new SpeakerStand(name, c[0], c[1])));
            return new Narrative(id, label, members.get(0).agent(), action, members.get(0).patient(), negated,
                    List.copyOf(opposes), members.size(), List.copyOf(sources), List.copyOf(speakers),
                    exemplars(maxExemplars));
        }

        /** One sentence per source first (in document order), then more sentences, up to the limit. */
        private List<NarrativeExemplar> exemplars(int max) {
            List<PlacedStatement> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparingLong(PlacedStatement::documentId)
                    .thenComparingInt(s -> s.statement().sentenceStart()));
            List<PlacedStatement> chosen = new ArrayList<>();
            Set<String> sources = new HashSet<>();
            Set<String> sentences = new HashSet<>();
            for (int pass = 0; pass < 2; pass++) {
                for (PlacedStatement s : ordered) {
                    String sentence = s.documentId() + ":" + s.statement().sentenceStart();
                    if (chosen.size() < max && (pass == 1 || sources.add(s.source())) && sentences.add(sentence)) {
                        chosen.add(s);
                    }
                }
            }
            return chosen.stream().map(s -> new NarrativeExemplar(s.documentId(), s.source(),
                    s.statement().sentenceStart(), s.statement().sentenceEnd(), s.statement().voice().code(),
                    s.statement().speaker())).toList();
        }
    }
}
