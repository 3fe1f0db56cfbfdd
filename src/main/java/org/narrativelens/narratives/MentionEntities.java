package org.narrativelens.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrativelens.statements.Mention;

/**
 * A plain grouping of agent and patient mentions into entities until the statement layer's entity resolver is wired
 * in. A mention names the first run of capitalised words in it ("the Pakistani military" names "Pakistani",
 * "key ISIS-K nodes" names "ISIS-K", "Pakistan's territory" names "Pakistan"), else its head lemma. Then, over the
 * whole corpus: an alias hint maps its names to the hinted entity; a demonym joins the name it extends ("Pakistani"
 * to "Pakistan", "Afghan" to "Afghanistan"); a name whose capitals spell another name joins it ("Islamic State
 * Khorasan Province" to "ISKP"). Pronouns name no entity.
 */
public final class MentionEntities {

    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
            "her", "us", "them", "this", "that", "these", "those", "who", "which", "what", "something", "someone");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "his", "her", "their", "our", "some", "many", "all", "both", "no", "every");
    /** The endings a demonym adds to a name ("Pakistan" + "i", "Syria" + "n"). */
    private static final Set<String> DEMONYM_SUFFIXES = Set.of("i", "n", "an", "ian", "ese", "ish");
    /** A demonym stem ("Afghan") must be this long to claim a name 4 or more letters longer ("Afghanistan"). */
    private static final int STEM = 5;

    private final Map<String, String> hinted = new HashMap<>();
    private final Map<String, Map<String, Integer>> wordings = new TreeMap<>();
    private Map<String, String> canonical;

    /** @param hints entity name to other names */
    public MentionEntities(Map<String, List<String>> hints) {
        hints.forEach((name, aliases) -> {
            hinted.put(normal(name), name);
            aliases.forEach(alias -> hinted.put(normal(alias), name));
        });
    }

    /** The raw entity key a mention names (and counts the mention), or null for no mention or a pronoun. */
    public String resolve(Mention mention) {
        if (mention == null || PRONOUNS.contains(normal(mention.head()))) {
            return null;
        }
        String hint = hinted.get(normal(mention.text()));
        String wording = hint != null ? hint : nameIn(mention.text());
        if (wording == null) {
            hint = hinted.get(normal(mention.head()));
            wording = hint != null ? hint : mention.head();
        }
        String key = normal(wording);
        wordings.computeIfAbsent(key, k -> new HashMap<>()).merge(wording, 1, Integer::sum);
        canonical = null;
        return key;
    }

    /** The display name of the entity a key belongs to, once every mention is counted. */
    public String name(String key) {
        String root = canonical().get(key);
        String hint = hinted.get(root);
        return hint != null ? hint : wordings.get(root).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /** Every entity, most mentioned first, ids e0, e1, ...; aliases are the other keys joined to it. */
    public List<EntitySummary> entities() {
        Map<String, List<String>> members = new TreeMap<>();
        canonical().forEach((key, root) -> members.computeIfAbsent(root, r -> new ArrayList<>()).add(key));
        List<EntitySummary> entities = new ArrayList<>();
        members.forEach((root, keys) -> {
            String name = name(root);
            List<String> aliases = new ArrayList<>();
            int mentions = 0;
            for (String key : keys) {
                for (Map.Entry<String, Integer> w : wordings.get(key).entrySet()) {
                    mentions += w.getValue();
                    if (!w.getKey().equals(name) && !aliases.contains(w.getKey())) {
                        aliases.add(w.getKey());
                    }
                }
            }
            aliases.sort(null);
            entities.add(new EntitySummary(null, name, aliases, mentions));
        });
        entities.sort(Comparator.comparingInt((EntitySummary e) -> -e.mentions()).thenComparing(EntitySummary::name));
        List<EntitySummary> numbered = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntitySummary e = entities.get(i);
            numbered.add(new EntitySummary("e" + i, e.name(), e.aliases(), e.mentions()));
        }
        return numbered;
    }

    /** Each key's root: a hint, the name a demonym extends, the name a name's capitals spell, or itself. */
    private Map<String, String> canonical() {
        if (canonical != null) {
            return canonical;
        }
        Map<String, String> roots = new TreeMap<>();
        java.util.SortedSet<String> names = new java.util.TreeSet<>(wordings.keySet());
        names.addAll(hinted.keySet());
        for (String key : wordings.keySet()) {
            String root = key;
            if (!hinted.containsKey(key)) {
                for (String other : names) {
                    if (!other.equals(key) && (demonymOf(key, other) || spells(key, other))) {
                        root = other;
                        break;
                    }
                }
            }
            roots.put(key, hinted.containsKey(root) ? normal(hinted.get(root)) : root);
        }
        canonical = roots;
        return roots;
    }

    private static boolean demonymOf(String key, String name) {
        if (key.contains(" ") || name.contains(" ")) {
            return false;
        }
        return key.startsWith(name) && DEMONYM_SUFFIXES.contains(key.substring(name.length()))
                || name.startsWith(key) && key.length() >= STEM && name.length() - key.length() > 3
                && key.chars().allMatch(Character::isLetter);
    }

    private static boolean spells(String key, String acronym) {
        String[] words = key.split(" ");
        if (words.length < 2 || acronym.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            initials.append(w.charAt(0));
        }
        return initials.toString().equals(acronym.replace("-", ""));
    }

    /** The first run of capitalised words, possessives and punctuation trimmed; null when there is none. */
    static String nameIn(String text) {
        List<String> run = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String word = raw.replaceAll("(['’]s|['’])$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            boolean possessive = !word.equals(raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""));
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
            if (capitalised) {
                run.add(word);
                if (possessive) {
                    break;
                }
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return run.isEmpty() ? null : String.join(" ", run);
    }

    private static String normal(String text) {
        String stripped = text.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }
}
