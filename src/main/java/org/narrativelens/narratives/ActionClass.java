package org.narrativelens.narratives;

import java.util.List;

/**
 * The kinds of action the roles are read from, each given by a short list of prototype verbs; other verbs join the
 * class of their nearest prototype when it is close enough ({@link ActionLexicon}).
 */
public enum ActionClass {
    /** Doing harm: the agent is a villain, the patient a victim. */
    HARM(List.of("attack", "kill", "bomb", "hurt", "harm", "threaten", "destroy", "abduct", "invade", "oppress",
            "terrorize", "damage", "injure", "murder", "endanger", "exploit")),
    /**
     * Helping or sheltering: a hero helping a victim, or an accomplice when the patient is a villain. The nouns of
     * sheltering ("is a sanctuary for") and of alliance ("has links with", "colludes with") belong here: a narrative
     * that ties an agent to a group casts it as the group's accomplice.
     */
    SUPPORT(List.of("help", "protect", "rescue", "support", "shelter", "harbour", "harbor", "fund", "aid", "save",
            "defend", "assist", "arm", "sponsor", "finance", "host", "facilitate", "sanctuary", "haven", "refuge",
            "ally", "collude", "link")),
    /** Countering or resolving: the agent is a hero, the patient the villain or problem it confronts. */
    COUNTER(List.of("fight", "dismantle", "counter", "arrest", "combat", "confront", "defeat", "stop", "prevent",
            "crack down", "capture", "eliminate", "prosecute", "resolve", "neutralize", "disrupt"));

    private final List<String> prototypes;

    ActionClass(List<String> prototypes) {
        this.prototypes = prototypes;
    }

    public List<String> prototypes() {
        return prototypes;
    }

    /**
     * True when one agent doing both to one patient is a contradiction: supporting it against countering or
     * harming it.
     */
    public boolean contrary(ActionClass other) {
        return this == SUPPORT ? other == COUNTER || other == HARM : other == SUPPORT && this != SUPPORT;
    }
}
