package org.narrativelens.narratives;

import java.util.Locale;
import java.util.Set;

/** The present tense, third person singular, of a lemma, plain or negated: "shelters", "cracks down", "does not". */
final class VerbForms {

    /** The particles of phrasal verbs ("crack down"); any other second word of an action is a resultative's. */
    private static final Set<String> PARTICLES = Set.of("about", "across", "along", "around", "away", "back", "by",
            "down", "in", "off", "on", "out", "over", "through", "up", "apart", "aside", "ahead", "forward", "together");

    private VerbForms() {
    }

    /** "Pakistan shelters ISIS-K", "The bike lane does not remove parking"; the patient may be null. */
    static String label(String agent, String lemma, String patient, boolean negated) {
        String[] words = lemma.strip().split("\\s+");
        if (patient != null && words.length == 2 && !words[0].equals("be") && !PARTICLES.contains(words[1])) {
            // a resultative, "make safer": the patient goes between the verb and its result
            return label(agent, words[0], patient + " " + words[1], negated);
        }
        String verb = negated ? negative(lemma) : thirdPerson(lemma);
        String sentence = agent + " " + verb + (patient == null ? "" : " " + patient);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String thirdPerson(String lemma) {
        String[] words = lemma.strip().split("\\s+", 2);
        String rest = words.length > 1 ? " " + words[1] : "";
        return inflect(words[0].toLowerCase(Locale.ROOT)) + rest;
    }

    /** "does not shelter", "does not have", "is not a sanctuary". */
    static String negative(String lemma) {
        String[] words = lemma.strip().split("\\s+", 2);
        if (words[0].equals("be")) {
            return "is not" + (words.length > 1 ? " " + words[1] : "");
        }
        return "does not " + lemma.strip();
    }

    private static String inflect(String verb) {
        switch (verb) {
            case "be":
                return "is";
            case "have":
                return "has";
            case "do":
                return "does";
            case "go":
                return "goes";
            default:
                break;
        }
        if (verb.matches(".*(s|sh|ch|x|z)")) {
            return verb + "es";
        }
        if (verb.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }
}
