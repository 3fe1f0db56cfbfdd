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

    /**
     * Heads that stand for the state they belong to when a country modifies them; its territory too ("Pakistan's
     * territory serves as a sanctuary" says where the state stands as a place).
     */
    static final Set<String> INSTITUTIONS = Set.of("authority", "government", "army", "military", "official",
            "force", "police", "ministry", "state", "intelligence", "establishment", "administration", "leadership",
            "regime", "troops", "troop", "soldier", "security", "agency", "service", "embassy", "diplomat",
            "foreign office", "prime minister", "president", "spokesperson", "spokesman", "territory", "soil");

    /**
     * Heads naming members or parts of a group: with a proper-name or acronym modifier ("key ISIS-K nodes",
     * "high-value ISIS-K operatives") the mention stands for the group it names, as the narrative reads it.
     */
    static final Set<String> MEMBERS = Set.of("member", "operative", "node", "fighter", "cell", "militant",
            "commander", "leader", "network", "affiliate", "faction", "wing", "unit", "branch", "recruit", "camp",
            "hideout", "stronghold", "terrorist", "jihadist", "insurgent", "figure", "chief", "emir", "propagandist",
            "recruiter", "facilitator");

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
        Mention group = namedModifier(mention);
        if (group != null) {
            return primary(group);
        }
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
        Mention group = namedModifier(mention);
        if (group != null) {
            return secondary(group);
        }
        List<String> keys = new ArrayList<>();
        if (!isName(mention)) {
            return keys;
        }
        String written = stripArticle(mention.text().strip());
        String name = normalise(mention.head());
        int hyphen = written.indexOf('-');
        // one hyphenated word ("ISIS-K", "ISIS-Khorasan"), not a phrase that begins with one ("GOP-led Senate")
        if (hyphen > 0 && hyphen < written.length() - 1 && !written.contains(" ")
                && isAcronym(written.substring(0, hyphen))) {
            String lower = written.toLowerCase(Locale.ROOT);
            keys.add("acr:" + compact(lower.substring(0, hyphen)) + lower.charAt(hyphen + 1));
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

    /**
     * The group a member mention names: for a common-noun head of {@link #MEMBERS}, the last capitalised word before
     * the head that is not the sentence's first ("key ISIS-K nodes" -> "ISIS-K"); null otherwise.
     */
    static Mention namedModifier(Mention mention) {
        if (!MEMBERS.contains(mention.head()) || isName(mention)) {
            return null;
        }
        String text = mention.text();
        int headAt = text.toLowerCase(Locale.ROOT).lastIndexOf(mention.head());
        String before = (headAt > 0 ? text.substring(0, headAt) : "").strip();
        String[] tokens = before.split("\\s+");
        for (int i = tokens.length - 1; i >= 1 || (i == 0 && isAcronym(tokens[0])); i--) {
            String token = tokens[i].replaceAll("(?:'s|’s|'|’)$", "");
            if (!token.isEmpty() && Character.isUpperCase(token.charAt(0))) {
                int at = mention.start() + text.indexOf(token);
                return new Mention(token, normalise(token), at, at + token.length());
            }
        }
        return null;
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
