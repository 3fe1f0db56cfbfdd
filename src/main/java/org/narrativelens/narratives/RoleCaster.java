package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrativelens.narratives.RoleScores.Role;
import org.narrativelens.narratives.RoleScores.RoleCast;
import org.narrativelens.narratives.RoleScores.Roles;
import org.narrativelens.narratives.RoleScores.SourceRoles;
import org.narrativelens.statements.Mention;
import org.narrativelens.statements.Statement;

/**
 * Casts entities as hero, villain or victim from what the statements say they do, following the narrative policy
 * framework. By the class of the action ({@link ActionClass}):
 * <ul>
 *   <li>harm: the agent is a villain, the patient a victim;
 *   <li>counter: when the patient is a character (the corpus shows it acting on someone or something: the agent of
 *       a statement with a patient), the agent is a hero and the patient the villain it confronts. Countering what
 *       never acts makes no villain: the agent is a hero when that is a harm itself ("cut injuries": the patient's
 *       head lands in the harm class), and nobody is cast when it is not ("removes parking spaces");
 *   <li>support: the agent is a hero and the patient a victim, unless the corpus casts the patient as a villain
 *       (from harm and counter statements), when the agent is its accomplice: a villain.
 * </ul>
 * Each statement weighs {@link Stands#roleWeight}: negated or disputed statements count against the role. Actions
 * of no class cast nobody. Entities are never looked up in a list: only their actions decide.
 */
public final class RoleCaster {

    /**
     * Roles per entity name, sorted by name; only entities some statement casts. The encoder embeds the heads of what
     * countering statements counter, to tell a harm ("injuries") from a thing ("spaces").
     */
    public List<RoleScores> cast(List<PlacedStatement> statements, ActionLexicon actions, PhraseEncoder encoder) {
        ActionLexicon lexicon = actions.including(counteredHeads(statements, actions), encoder);
        Set<String> characters = new HashSet<>();
        for (PlacedStatement s : statements) {
            if (s.agent() != null && s.patient() != null) {
                characters.add(s.agent());
            }
        }
        Map<String, Double> villainy = new HashMap<>();
        for (PlacedStatement s : statements) {
            ActionClass c = lexicon.classOf(s.action());
            double w = Stands.roleWeight(s.statement());
            if (c == ActionClass.HARM && s.agent() != null) {
                villainy.merge(s.agent(), w, Double::sum);
            } else if (c == ActionClass.COUNTER && characters.contains(s.patient())) {
                villainy.merge(s.patient(), w, Double::sum);
            }
        }
        Map<String, Map<Long, Tally>> byEntity = new TreeMap<>();
        for (PlacedStatement s : statements) {
            ActionClass c = lexicon.classOf(s.action());
            if (c == null) {
                continue;
            }
            double w = Stands.roleWeight(s.statement());
            Statement st = s.statement();
            switch (c) {
                case HARM -> {
                    add(byEntity, s, s.agent(), st.agent(), Role.VILLAIN, w);
                    add(byEntity, s, s.patient(), st.patient(), Role.VICTIM, w);
                }
                case COUNTER -> {
                    if (s.patient() == null || characters.contains(s.patient())) {
                        add(byEntity, s, s.agent(), st.agent(), Role.HERO, w);
                        add(byEntity, s, s.patient(), st.patient(), Role.VILLAIN, w);
                    } else if (lexicon.classOf(st.patient().head()) == ActionClass.HARM) {
                        add(byEntity, s, s.agent(), st.agent(), Role.HERO, w);
                    }
                }
                case SUPPORT -> {
                    if (s.patient() != null && villainy.getOrDefault(s.patient(), 0.0) > 0) {
                        add(byEntity, s, s.agent(), st.agent(), Role.VILLAIN, w);
                    } else {
                        add(byEntity, s, s.agent(), st.agent(), Role.HERO, w);
                        add(byEntity, s, s.patient(), st.patient(), Role.VICTIM, w);
                    }
                }
            }
        }
        List<RoleScores> result = new ArrayList<>();
        byEntity.forEach((entity, documents) -> result.add(scores(entity, documents)));
        return List.copyOf(result);
    }

    /** The heads of what countering statements counter. */
    private static List<String> counteredHeads(List<PlacedStatement> statements, ActionLexicon lexicon) {
        return statements.stream()
                .filter(s -> s.statement().patient() != null && lexicon.classOf(s.action()) == ActionClass.COUNTER)
                .map(s -> s.statement().patient().head()).distinct().toList();
    }

    private static void add(Map<String, Map<Long, Tally>> byEntity, PlacedStatement s, String entity,
                            Mention mention, Role role, double weight) {
        if (entity == null || mention == null) {
            return;
        }
        Tally tally = byEntity.computeIfAbsent(entity, k -> new TreeMap<>())
                .computeIfAbsent(s.documentId(), k -> new Tally(s.source()));
        tally.scores.merge(role, weight, Double::sum);
        Mention strongest = tally.strongest.get(role);
        if (weight > 0 && (strongest == null || weight > tally.strongestWeight.get(role))) {
            tally.strongest.put(role, mention);
            tally.strongestWeight.put(role, weight);
        }
    }

    private static RoleScores scores(String entity, Map<Long, Tally> documents) {
        Map<String, double[]> bySource = new TreeMap<>();
        List<RoleCast> casts = new ArrayList<>();
        documents.forEach((documentId, tally) -> {
            double[] sums = bySource.computeIfAbsent(tally.source, k -> new double[3]);
            for (Role role : Role.values()) {
                double score = tally.scores.getOrDefault(role, 0.0);
                sums[role.ordinal()] += score;
                Mention mention = tally.strongest.get(role);
                if (score > 0 && mention != null) {
                    casts.add(new RoleCast(documentId, tally.source, role, score, mention.start(), mention.end()));
                }
            }
        });
        double[] total = new double[3];
        List<SourceRoles> sources = new ArrayList<>();
        bySource.forEach((source, sums) -> {
            sources.add(new SourceRoles(source, sums[0], sums[1], sums[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += sums[i];
            }
        });
        return new RoleScores(entity, new Roles(total[0], total[1], total[2]), List.copyOf(sources),
                List.copyOf(casts));
    }

    /** One document's role scores for one entity, and the mention behind each role's strongest statement. */
    private static final class Tally {
        final String source;
        final Map<Role, Double> scores = new EnumMap<>(Role.class);
        final Map<Role, Mention> strongest = new EnumMap<>(Role.class);
        final Map<Role, Double> strongestWeight = new EnumMap<>(Role.class);

        Tally(String source) {
            this.source = source;
        }
    }
}
