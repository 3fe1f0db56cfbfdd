package org.narrativelens.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a corpus is about, found without parsing: content words ranked by how many sources use them (then by
 * how many passages), the top {@code limit} of those used by at least two sources (when there are two), plus every
 * content word of the guided frames' descriptions.
 * Demonyms and capitals count as their country ("Pakistani", "Islamabad" -> pakistan), so the same actor is one term.
 */
public final class SalientTerms {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");

    /** Function words and the words of reporting itself, which every news sentence has. */
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "not", "no", "it", "its", "they", "them", "their", "he", "she", "his", "her",
            "we", "our", "us", "you", "your", "i", "my", "this", "that", "these", "those", "which", "who", "whom",
            "what", "when", "where", "why", "how", "there", "here", "than", "then", "so", "if", "also", "more", "most",
            "said", "says", "say", "told", "according", "would", "could", "should", "will", "can", "may", "might",
            "all", "any", "some", "such", "other", "into", "about", "after", "before", "over", "under", "between",
            "against", "while", "since", "because", "up", "out", "new", "one", "two", "year", "years", "time",
            "just", "only", "even", "still", "now", "very", "many", "much", "mr", "ms", "mrs", "s", "t", "per",
            "him", "through", "during", "both", "each", "own", "same",
            "amp", "don't", "it's", "people", "last", "first", "like", "get", "make", "made", "well", "way");

    private final Set<String> terms;

    private SalientTerms(Set<String> terms) {
        this.terms = Set.copyOf(terms);
    }

    /**
     * @param sourceTexts texts of the corpus, each with its source
     * @param guideTexts  descriptions of guided frames (may be empty): their words are always salient
     * @param limit       how many of the corpus's own words to keep
     */
    public static SalientTerms of(List<Map.Entry<String, String>> sourceTexts, List<String> guideTexts, int limit) {
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Integer> documents = new HashMap<>();
        for (Map.Entry<String, String> entry : sourceTexts) {
            for (String term : termsOf(entry.getValue())) {
                sources.computeIfAbsent(term, t -> new HashSet<>()).add(entry.getKey());
                documents.merge(term, 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(sources.keySet());
        ranked.sort(Comparator.<String>comparingInt(t -> sources.get(t).size()).reversed()
                .thenComparing(Comparator.<String>comparingInt(documents::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        int allSources = (int) sourceTexts.stream().map(Map.Entry::getKey).distinct().count();
        int minSources = Math.min(2, allSources);
        Set<String> salient = new HashSet<>();
        for (String term : ranked.subList(0, Math.min(limit, ranked.size()))) {
            if (sources.get(term).size() >= minSources) {
                salient.add(term);
            }
        }
        guideTexts.forEach(text -> salient.addAll(termsOf(text)));
        return new SalientTerms(salient);
    }

    /** How many distinct salient terms the text names. */
    public int count(String text) {
        Set<String> named = termsOf(text);
        named.retainAll(terms);
        return named.size();
    }

    public Set<String> terms() {
        return terms;
    }

    /** The distinct content words of a text, lower case, countries for their demonyms and capitals. */
    static Set<String> termsOf(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replaceAll("(?:'s|’s)$", "");
            if (word.length() < 3 || STOP.contains(word)) {
                continue;
            }
            String country = Countries.of(word);
            found.add(country != null ? country : word);
        }
        return found;
    }
}
