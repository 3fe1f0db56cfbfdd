package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.narrativelens.frames.Frame;
import org.narrativelens.stance.NarrativeMap;
import org.narrativelens.stance.PassageScore;
import org.narrativelens.stance.SourceScore;

/**
 * The narrative layer of an analysis: narratives and roles from the corpus's statements, then the narrative map with
 * stances combined with the claims ({@link ClaimStance}) and, when a narrative pair stands for the axis, frames f0
 * and f1 labelled by its two narratives.
 */
public final class NarrativeAnalysis {

    /** A narrative needs two statements: one sentence is an observation, two make a story told. */
    public static final int MIN_STATEMENTS = 2;
    public static final int EXEMPLARS = 5;

    /**
     * @param guides  none, or the statements of each frame guide's description
     * @param anchors sources by side "A" or "B"
     * @param vector  the sources' scores from the vector signal, which orient an unguided, unanchored claim axis
     */
    public NarrativeOutcome run(List<PlacedStatement> statements, List<List<PlacedStatement>> guides,
                                PhraseEncoder encoder, Map<String, List<String>> anchors, List<SourceScore> vector) {
        List<String> actions = new ArrayList<>();
        statements.forEach(s -> actions.add(s.action()));
        guides.forEach(g -> g.forEach(s -> actions.add(s.action())));
        if (actions.isEmpty()) {
            return NarrativeOutcome.EMPTY;
        }
        ActionLexicon lexicon = ActionLexicon.of(actions.stream().distinct().toList(), encoder);
        NarrativeSet set = new NarrativeBuilder(MIN_STATEMENTS, EXEMPLARS).build(statements, guides, lexicon);
        List<RoleScores> roles = new RoleCaster().cast(statements, lexicon, encoder);
        Map<String, Double> stances = vector.stream()
                .collect(Collectors.toMap(SourceScore::source, SourceScore::stance, (a, b) -> a));
        ClaimAxis chosen = ClaimAxis.choose(set, anchors, stances);
        ClaimAxis axis = chosen == null ? null : chosen.withKin(set, lexicon::classOf);
        return new NarrativeOutcome(set, roles, axis, ClaimRule.of(axis, set, lexicon::classOf));
    }

    /**
     * The map with passage stances turned by what their statements deny ({@link PassagePolarity}), and, when a
     * narrative pair stands for the axis, claim-combined stances and the pair's labels on the axis frames.
     */
    public static NarrativeMap apply(NarrativeMap map, NarrativeOutcome outcome, List<PlacedStatement> statements,
                                     Map<Long, PassagePolarity.Span> passageSpans) {
        List<PassageScore> passages = PassagePolarity.apply(map.passages(), statements, passageSpans);
        ClaimAxis axis = outcome.axis();
        if (axis == null) {
            return new NarrativeMap(map.frames(), map.axes(), map.sources(), map.speakers(), map.documents(),
                    passages, map.notes(), map.scoring());
        }
        NarrativeSet set = outcome.narratives();
        List<Frame> frames = new ArrayList<>(map.frames());
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String label = f.id().equals("f0") ? axis.a().label() : f.id().equals("f1") ? axis.b().label() : null;
            if (label != null) {
                frames.set(i, new Frame(f.id(), label, f.keyphrases(), f.exemplars(), f.size()));
            }
        }
        return new NarrativeMap(List.copyOf(frames), map.axes(),
                ClaimStance.sources(map.sources(), ClaimLeans.bySource(set, axis)),
                ClaimStance.speakers(map.speakers(), ClaimLeans.bySpeaker(set, axis)),
                ClaimStance.documents(map.documents(), ClaimLeans.byDocument(set, axis)),
                passages, map.notes(), map.scoring());
    }

    /** The constants that shaped the narratives and roles, for the result's parameters. */
    public static Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sameSenseCosine", ActionLexicon.SAME_SENSE);
        p.put("minStatementsPerNarrative", MIN_STATEMENTS);
        p.put("exemplarsPerNarrative", EXEMPLARS);
        p.put("reportedClaimRoleWeight", Stands.REPORTED_WEIGHT);
        p.put("claimStance", "(vector + n * claims) / (1 + n)");
        Map<String, List<String>> prototypes = new LinkedHashMap<>();
        for (ActionClass c : ActionClass.values()) {
            prototypes.put(c.name().toLowerCase(java.util.Locale.ROOT), c.prototypes());
        }
        p.put("actionPrototypes", prototypes);
        return p;
    }
}
