package dev.precis.engine;

/** Sizes of the cleaned document; reading time at 230 words per minute, one decimal. */
public record DocumentStats(int characters, int words, int sentences, double readingMinutes) {}
