package org.narrativelens.narratives;

import java.util.Locale;

/** The present tense, third person singular, of a lemma, plain or negated: "shelters", "cracks down", "does not". */
final class VerbForms {

    private VerbForms() {
    }

    /** "Pakistan shelters ISIS-K", "The bike lane does not remove parking"; the patient may be null. */
    static String label(String agent, String lemma, String patient, boolean negated) {
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
