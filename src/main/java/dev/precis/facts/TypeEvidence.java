package dev.precis.facts;

/**
 * Weighted clues that a name is a person, an organization or a place, summed over its mentions.
 * A title or a list hit weighs 2 to 3, a given name 1.5, a place preposition 0.5.
 */
record TypeEvidence(double person, double organization, double location) {
    static final TypeEvidence NONE = new TypeEvidence(0, 0, 0);
    /** Enough to type a name on its own; two names this sure of different types are never merged. */
    static final double STRONG = 1.5;
    private static final double ANY = 0.5;

    TypeEvidence plus(TypeEvidence other) {
        return new TypeEvidence(person + other.person, organization + other.organization, location + other.location);
    }

    /** The best-supported type; ties go to PERSON, then ORGANIZATION; OTHER without any clue. */
    EntityType best() {
        return best(ANY);
    }

    /** The type when a clue reaches {@link #STRONG}, else null. */
    EntityType strong() {
        EntityType type = best(STRONG);
        return type == EntityType.OTHER ? null : type;
    }

    private EntityType best(double threshold) {
        double max = Math.max(person, Math.max(organization, location));
        if (max < threshold) return EntityType.OTHER;
        if (person == max) return EntityType.PERSON;
        return organization == max ? EntityType.ORGANIZATION : EntityType.LOCATION;
    }
}
