package dev.precis.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings of one entity ("Joe Biden", "Biden") with their summed type clues and counts.
 * Mutable while one extraction builds it; never shared between calls.
 */
final class EntityGroup {
    /** One distinct spelling: its key tokens, its text as first written, how often and where first seen. */
    static final class Form {
        final List<String> keyTokens;
        final String text;
        int count;
        final int firstPosition;
        TypeEvidence evidence = TypeEvidence.NONE;
        EntityGroup group;

        Form(NameMention first) {
            this.keyTokens = List.of(first.key().split(" "));
            this.text = first.text();
            this.firstPosition = first.position();
        }

        String key() {
            return String.join(" ", keyTokens);
        }
    }

    final Form display;
    final List<Form> forms = new ArrayList<>();
    TypeEvidence evidence = TypeEvidence.NONE;
    int mentions;
    int firstSeen = Integer.MAX_VALUE;

    EntityGroup(Form display) {
        this.display = display;
        add(display);
    }

    void add(Form form) {
        forms.add(form);
        form.group = this;
        evidence = evidence.plus(form.evidence);
    }

    /** Mentions found by the tagged pass, a floor for the count over the whole text. */
    int taggedMentions() {
        return forms.stream().mapToInt(f -> f.count).sum();
    }

    int firstPosition() {
        return forms.stream().mapToInt(f -> f.firstPosition).min().orElse(Integer.MAX_VALUE);
    }

    EntityType type() {
        return evidence.best();
    }

    void seen(int order) {
        mentions++;
        firstSeen = Math.min(firstSeen, order);
    }
}
