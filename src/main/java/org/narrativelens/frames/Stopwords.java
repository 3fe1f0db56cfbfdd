package org.narrativelens.frames;

import java.util.Set;

/** A compact English stopword list, plus the debris of links and social-media embeds that news text drags along. */
final class Stopwords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "like", "many",
            "may", "me", "might", "more", "most", "much", "must", "my", "myself", "never", "no", "nor", "not", "now",
            "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
            "over",
            "own", "per", "rather", "said", "same", "say", "says", "she", "should", "since", "so", "some", "still",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very",
            "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
            "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
            "yourselves", "s", "t", "re", "ve", "ll", "d", "m", "don", "didn", "doesn", "isn", "wasn", "aren", "weren",
            "won", "wouldn", "couldn", "shouldn", "hasn", "haven", "hadn", "mr", "mrs", "ms", "dr",
            "http", "https", "www", "com", "org", "html", "pic", "twitter", "co", "amp");

    private Stopwords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
