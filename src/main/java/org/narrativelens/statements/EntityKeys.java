package org.narrativelens.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a mention is grouped with others. A name is keyed by its words ("k:islamic state khorasan
 * province") and, as an acronym, by its initials ("acr:iskp"); a written acronym by its letters ("acr:isisk" for
 * "ISIS-K", and for "ISIS-Khorasan", whose second part abbreviates to its initial); a country also by its demonym
 * or capital ("Islamabad"); an institution of a country by the country ("Pakistani authorities", "Pakistan's
 * army"); a common noun by its lemma ("the bike lane" -> "k:lane"); a resolved pronoun by its antecedent's head.
 */
final class EntityKeys {

    /** Heads that stand for the state they belong to when a country modifies them. */
    static final Set<String> INSTITUTIONS = Set.of("authority", "government", "army", "military", "official",
            "force", "police", "ministry", "state", "intelligence", "establishment", "administration", "leadership",
            "regime", "troops", "troop", "soldier", "security", "agency", "service", "embassy", "diplomat",
            "foreign office", "prime minister", "president", "spokesperson", "spokesman");

    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "us", "them", "i", "you",
            "which", "who", "that", "this", "these", "those", "its", "their", "him", "her", "what", "whom");

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "al");

    private EntityKeys() {
    }

    static boolean isPronoun(String text) {
        return PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** The key that identifies the mention's entity, or null for a pronoun left unresolved. */
    static String primary(Mention mention) {
        String head = mention.head();
        if (PRONOUNS.contains(head)) {
            return null;
        }
        if (isName(mention)) {
            String name = normalise(head);
            String country = Countries.of(name);
            return "k:" + (country != null ? country : name);
        }
        if (INSTITUTIONS.contains(head)) {
            for (String word : words(mention.text())) {
                String country = Countries.of(word);
                if (country != null) {
                    return "k:" + country;
                }
            }
        }
        return "k:" + head;
    }

    /** Further keys that join this mention's entity with others (acronyms and their expansions). */
    static List<String> secondary(Mention mention) {
        List<String> keys = new ArrayList<>();
        if (!isName(mention)) {
            return keys;
        }
        String written = stripArticle(mention.text().strip());
        String name = normalise(mention.head());
        int hyphen = written.indexOf('-');
        if (hyphen > 0 && hyphen < written.length() - 1 && isAcronym(written.substring(0, hyphen))) {
            keys.add("acr:" + compact(name.substring(0, name.indexOf('-'))) + name.charAt(name.indexOf('-') + 1));
        } else if (isAcronym(written)) {
            keys.add("acr:" + compact(name));
        }
        List<String> words = words(name);
        List<String> major = words.stream().filter(w -> !MINOR_WORDS.contains(w)).toList();
        if (major.size() >= 2) {
            StringBuilder initials = new StringBuilder();
            major.forEach(w -> initials.append(w.charAt(0)));
            keys.add("acr:" + initials);
        }
        return keys;
    }

    /** A written form to show: without article, possessive or quotes. */
    static String surface(Mention mention) {
        return stripArticle(mention.text().strip()).replaceAll("(?:'s|’s|'|’)$", "")
                .replaceAll("^[\"“”‘]+|[\"“”‘]+$", "");
    }

    static boolean isName(Mention mention) {
        int at = mention.text().toLowerCase(Locale.ROOT).indexOf(mention.head());
        return at >= 0 && Character.isUpperCase(mention.text().charAt(at));
    }

    /** Lower case, quotes and possessive removed. */
    static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[\"“”‘]", "").replaceAll("(?:'s|’s|'|’)$", "").strip();
    }

    static String compact(String phrase) {
        return phrase.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isAcronym(String written) {
        String letters = written.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 8 && Character.isUpperCase(letters.charAt(0))
                && letters.chars().filter(Character::isUpperCase).count() * 2 > letters.length();
    }

    private static String stripArticle(String text) {
        return text.replaceFirst("(?i)^(the|a|an)\\s+", "");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s’']+")) {
            String trimmed = word.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
            if (!trimmed.isEmpty() && !trimmed.equals("s")) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
