package dev.precis.score;

import java.util.Set;

/** English function words that carry no topic; used by term weighting and language guessing. */
public final class Stopwords {
    public static final Set<String> ENGLISH = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "me", "more", "most", "much", "must", "my", "myself", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said",
            "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "would", "you", "your", "yours", "yourself", "yourselves", "may", "might", "shall", "one", "two",
            "s", "t", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn", "ve", "ll", "re",
            "mr", "mrs", "ms", "told", "say", "get", "got", "like", "new", "year", "years", "time", "last", "first");

    private Stopwords() {}

    public static boolean contains(String lowercaseWord) {
        return ENGLISH.contains(lowercaseWord);
    }
}
