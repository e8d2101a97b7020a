package dev.precis.facts;

/** The kinds of entity the key facts report, as their {@code type} field spells them. */
enum EntityType {
    PERSON, ORGANIZATION, LOCATION, OTHER
}
