package org.narrativelens.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrativelens.corpus.ContentHash;

/**
 * Groups the mentions of a corpus into entities by the keys of {@link EntityKeys}, by acronyms the texts define
 * ("Islamic State Khorasan Province (ISIS-K)") and by the request's alias hints ({@code {"ISIS-K": ["ISKP",
 * "Islamic State Khorasan"]}}; a hint also matches a longer name it begins). Deterministic: the same mentions in
 * any order give the same entities and ids. Not thread-safe; one per analysis.
 */
public final class EntityResolver {

    /** "Name Of Several Words (ACRONYM)": the text defines an alias. */
    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:of|the|and|for|\\p{Lu}[\\p{L}'’-]*)){1,6})\\s*\\((\\p{Lu}[\\p{L}-]{1,10})\\)");

    private static final Pattern TRAILING_CAPITALISED = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s*)+$");

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> surfaces = new HashMap<>();
    private final Map<String, String> hintNames = new HashMap<>();
    private final List<String> hintPrefixes = new ArrayList<>();

    /** @param hints canonical name -> other names of the same entity, as the request gives them (may be empty) */
    public EntityResolver(Map<String, List<String>> hints) {
        new TreeMap<>(hints).forEach((name, aliases) -> {
            String key = keyOfName(name);
            hintNames.put(key, name);
            for (String alias : aliases) {
                union(key, keyOfName(alias));
                hintPrefixes.add(EntityKeys.normalise(alias) + " ");
                secondaryOfName(alias).forEach(k -> union(key, k));
            }
            hintPrefixes.add(EntityKeys.normalise(name) + " ");
            secondaryOfName(name).forEach(k -> union(key, k));
        });
    }

    /** Reads the acronyms a document defines in parentheses. */
    public void addText(String documentText) {
        Matcher matcher = DEFINITION.matcher(documentText);
        while (matcher.find()) {
            String acronym = keyOfName(matcher.group(2));
            union(keyOfName(matcher.group(1)), acronym);
            // "Fighters of the Red Hand Brigade (RHB)": the capitalised words just before it are the name, when there
            // are two or more ("Emirate of Afghanistan (IEA)" does not make Afghanistan the IEA)
            Matcher tail = TRAILING_CAPITALISED.matcher(matcher.group(1));
            if (tail.find() && tail.group().strip().contains(" ")) {
                union(keyOfName(tail.group()), acronym);
            }
        }
    }

    /** Counts a mention; pronouns left unresolved are skipped. */
    public void add(Mention mention) {
        String key = EntityKeys.primary(mention);
        if (key == null) {
            return;
        }
        find(key);
        // a resolved pronoun counts as a mention but is no name of the entity
        surfaces.computeIfAbsent(key, k -> new ArrayList<>())
                .add(EntityKeys.isPronoun(mention.text()) ? null : EntityKeys.surface(mention));
        EntityKeys.secondary(mention).forEach(k -> union(key, k));
        String name = key.substring(key.indexOf(':') + 1);
        for (String prefix : hintPrefixes) {
            if ((name + " ").startsWith(prefix)) {
                union(key, keyOfName(prefix.strip()));
            }
        }
    }

    /** Adds the agents and patients of the statements. */
    public void addAll(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.agent() != null) {
                add(statement.agent());
            }
            if (statement.patient() != null) {
                add(statement.patient());
            }
        }
    }

    public Entities resolve() {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String key : new TreeSet<>(surfaces.keySet())) {
            groups.computeIfAbsent(find(key), r -> new ArrayList<>()).add(key);
        }
        Map<String, Entity> byKey = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (List<String> keys : groups.values()) {
            Entity entity = entity(keys);
            entities.add(entity);
            keys.forEach(k -> byKey.put(k, entity));
        }
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        return new Entities(entities, byKey);
    }

    private Entity entity(List<String> keys) {
        Map<String, Integer> counts = new TreeMap<>();
        int mentions = 0;
        String hinted = null;
        for (String key : keys) {
            for (String surface : surfaces.get(key)) {
                if (surface != null) {
                    counts.merge(surface, 1, Integer::sum);
                }
                mentions++;
            }
            hinted = hinted != null ? hinted : hintNames.get(key);
        }
        for (Map.Entry<String, String> hint : new TreeMap<>(hintNames).entrySet()) {
            if (hinted == null && find(hint.getKey()).equals(find(keys.get(0)))) {
                hinted = hint.getValue();
            }
        }
        String best = counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> nameRank(e.getKey(), keys))
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(keys.get(0).substring(2));
        String name = hinted != null ? hinted : best;
        String id = "e-" + ContentHash.sha256(EntityKeys.normalise(name)).substring(0, 12);
        return new Entity(id, name, List.copyOf(counts.keySet()), mentions);
    }

    /**
     * A form that is itself one of the group's keys ("Pakistan", "arrest") names it better than another capitalised
     * form ("Islamabad", "Pakistani authorities", a sentence's first words "High-profile arrests"), which names it
     * better than other common nouns; then the most frequent form, then the longest (a full name over its acronym).
     */
    private static int nameRank(String surface, List<String> keys) {
        if (keys.contains("k:" + EntityKeys.normalise(surface))) {
            return 2;
        }
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0)) ? 1 : 0;
    }

    private static String keyOfName(String name) {
        String normal = EntityKeys.normalise(name.replaceFirst("(?i)^(the|a|an)\\s+", ""));
        String country = Countries.of(normal);
        return "k:" + (country != null ? country : normal);
    }

    private static List<String> secondaryOfName(String name) {
        String normal = EntityKeys.normalise(name);
        return EntityKeys.secondary(new Mention(name, normal, 0, name.length()));
    }

    private String find(String key) {
        String root = parent.computeIfAbsent(key, k -> k);
        if (!root.equals(key)) {
            root = find(root);
            parent.put(key, root);
        }
        return root;
    }

    /** Joins two groups; the smaller key becomes the root, so the result does not depend on the order of calls. */
    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else if (rb.compareTo(ra) < 0) {
            parent.put(ra, rb);
        }
    }
}
