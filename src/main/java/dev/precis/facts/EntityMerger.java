package dev.precis.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the spellings of one entity. A spelling joins a longer one that ends with it ("Biden" and
 * "Joe Biden") or begins with it when that is a place ("Gaza" and "Gaza Strip") or a person's
 * given name ("Alexis" and "Alexis Randock"), preferring a surname match, then the most
 * mentioned. Never when both are confidently of different types ("Israel" stays apart from
 * "Israel Defense Forces", "Washington" from "George Washington"), nor across "of" ("Aberdeen" is
 * not "Port of Aberdeen"). A two- or three-word name also written by its last word alone is
 * likely a person ("Fowler" for "Rickie Fowler"). The longest spelling names the group.
 */
final class EntityMerger {
    private static final Comparator<EntityGroup.Form> LONGEST_FIRST = Comparator
            .comparingInt((EntityGroup.Form f) -> -f.keyTokens.size())
            .thenComparingInt(f -> -f.count)
            .thenComparingInt(f -> f.firstPosition);

    private static final TypeEvidence SURNAME_USE = new TypeEvidence(1, 0, 0);

    private final Lexicon lexicon;

    EntityMerger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EntityGroup> merge(List<NameMention> mentions) {
        Map<String, EntityGroup.Form> forms = new LinkedHashMap<>();
        for (NameMention mention : mentions) {
            EntityGroup.Form form = forms.computeIfAbsent(mention.key(), k -> new EntityGroup.Form(mention));
            form.count++;
            form.evidence = form.evidence.plus(mention.evidence());
        }
        List<EntityGroup.Form> ordered = new ArrayList<>(forms.values());
        ordered.sort(LONGEST_FIRST);
        Map<String, List<EntityGroup.Form>> byFirst = new HashMap<>();
        Map<String, List<EntityGroup.Form>> byLast = new HashMap<>();
        List<EntityGroup> groups = new ArrayList<>();
        for (EntityGroup.Form form : ordered) {
            EntityGroup target = target(form, byFirst, byLast);
            if (target != null) {
                boolean surname = form.keyTokens.size() == 1 && target.display.keyTokens.size() <= 3
                        && form.keyTokens.get(0).equals(target.display.keyTokens.get(target.display.keyTokens.size() - 1));
                target.add(form);
                if (surname) target.evidence = target.evidence.plus(SURNAME_USE);
            } else {
                groups.add(new EntityGroup(form));
            }
            byFirst.computeIfAbsent(form.keyTokens.get(0), k -> new ArrayList<>()).add(form);
            byLast.computeIfAbsent(form.keyTokens.get(form.keyTokens.size() - 1), k -> new ArrayList<>()).add(form);
        }
        return groups;
    }

    private EntityGroup target(EntityGroup.Form form, Map<String, List<EntityGroup.Form>> byFirst, Map<String, List<EntityGroup.Form>> byLast) {
        EntityGroup best = bestContaining(form, byLast.getOrDefault(form.keyTokens.get(form.keyTokens.size() - 1), List.of()), true);
        return best != null ? best : bestContaining(form, byFirst.getOrDefault(form.keyTokens.get(0), List.of()), false);
    }

    private EntityGroup bestContaining(EntityGroup.Form form, List<EntityGroup.Form> candidates, boolean suffix) {
        EntityGroup best = null;
        for (EntityGroup.Form longer : candidates) {
            int n = form.keyTokens.size();
            int size = longer.keyTokens.size();
            if (size <= n) continue;
            List<String> part = suffix ? longer.keyTokens.subList(size - n, size) : longer.keyTokens.subList(0, n);
            if (!part.equals(form.keyTokens) || conflicts(form, longer.group)) continue;
            if (!suffix && !prefixJoins(form, longer.group)) continue;
            if (longer.keyTokens.contains("of") && !form.keyTokens.contains("of")) continue;
            if (best == null || longer.group.taggedMentions() > best.taggedMentions()) best = longer.group;
        }
        return best;
    }

    private boolean prefixJoins(EntityGroup.Form form, EntityGroup longer) {
        EntityType type = longer.type();
        return type == EntityType.LOCATION
                || (type == EntityType.PERSON && form.keyTokens.size() == 1 && lexicon.firstNames.contains(form.keyTokens.get(0)));
    }

    private static boolean conflicts(EntityGroup.Form form, EntityGroup group) {
        EntityType mine = form.evidence.strong();
        EntityType theirs = group.evidence.strong();
        return mine != null && theirs != null && mine != theirs;
    }
}
