package dev.precis.eval;

/**
 * ROUGE F1 values of one candidate against one reference, as fractions in [0, 1] (or, when
 * returned by {@link RougeAverager#meanPercent()}, as percentages).
 */
public record RougeScores(double rouge1, double rouge2, double rougeL, double rougeLsum) {}
