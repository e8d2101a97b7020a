package dev.precis.facts;

import dev.precis.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed entities: names discovered in the tagged part of the document ({@link NameFinder}),
 * grouped by entity ({@link EntityMerger}), counted over the title and every sentence
 * ({@link MentionIndex}), and listed by salience: most mentions first, then first seen.
 */
final class EntityExtractor {
    /** The entities to report, and every group found (quotes look speakers up among all of them). */
    record Entities(List<KeyFacts.Entity> list, List<EntityGroup> groups, MentionIndex index) {}

    private final NameFinder finder;
    private final EntityMerger merger;

    EntityExtractor(Lexicon lexicon) {
        this.finder = new NameFinder(lexicon);
        this.merger = new EntityMerger(lexicon);
    }

    Entities extract(TaggedDocument document, FactSource source) {
        Set<String> lowercaseWords = lowercaseWords(document);
        List<NameMention> mentions = new ArrayList<>();
        int position = 0;
        TaggedSentence title = document.titleForNames();
        if (title != null) addNames(title, position, lowercaseWords, mentions);
        position += document.title() == null ? 0 : document.title().size();
        for (TaggedSentence sentence : document.body()) {
            addNames(sentence, position, lowercaseWords, mentions);
            position += sentence.size();
        }
        List<EntityGroup> groups = merger.merge(mentions);
        MentionIndex index = new MentionIndex(groups);
        count(index, source);
        List<EntityGroup> ranked = new ArrayList<>(groups);
        ranked.sort(Comparator.comparingInt(EntityExtractor::mentions).reversed()
                .thenComparingInt(g -> g.firstSeen)
                .thenComparingInt(EntityGroup::firstPosition));
        List<KeyFacts.Entity> list = ranked.stream().limit(FactLimits.ENTITIES)
                .map(g -> new KeyFacts.Entity(FactText.shorten(g.display.text), g.type().name(), mentions(g)))
                .toList();
        return new Entities(list, List.copyOf(groups), index);
    }

    /**
     * The names in {@code sentence}, less a capitalized first word that the document also writes
     * in lowercase ("Storm closes the port" when the text says "the storm").
     */
    private void addNames(TaggedSentence sentence, int position, Set<String> lowercaseWords, List<NameMention> out) {
        for (NameMention mention : finder.find(sentence, position)) {
            boolean commonFirstWord = mention.position() == position && mention.tokens().size() == 1
                    && lowercaseWords.contains(mention.tokens().get(0).toLowerCase(Locale.ROOT));
            if (!commonFirstWord) out.add(mention);
        }
    }

    private static Set<String> lowercaseWords(TaggedDocument document) {
        Set<String> words = new HashSet<>();
        List<TaggedSentence> all = new ArrayList<>(document.body());
        if (document.title() != null) all.add(document.title());
        for (TaggedSentence sentence : all) {
            for (String token : sentence.tokens()) {
                if (!token.isEmpty() && Character.isLowerCase(token.charAt(0))) words.add(token);
            }
        }
        return words;
    }

    private static void count(MentionIndex index, FactSource source) {
        int order = 0;
        if (source.title() != null) {
            for (MentionIndex.Found found : index.find(source.title())) found.group().seen(order++);
        }
        for (String sentence : source.sentences()) {
            for (MentionIndex.Found found : index.find(sentence)) found.group().seen(order++);
        }
    }

    private static int mentions(EntityGroup group) {
        return Math.max(group.mentions, group.taggedMentions());
    }
}
