package dev.precis.engine;

import dev.precis.facts.KeyFacts;
import java.util.List;

/**
 * What the engine returns for one document. Serialized as is to JSON by the CLI and stored in
 * DynamoDB by the pipeline.
 *
 * @param title the document's headline, or null when it has none
 * @param language ISO 639-1 code of the detected language ("en"), or "und" when undetermined
 * @param languageNote null for English; otherwise says that the summary was made with English models
 * @param summary verbatim source sentences (whitespace normalized), in document order
 * @param keyFacts entities, dates, quantities, quotes and key phrases
 * @param stats sizes of the cleaned text
 * @param summarizer the engine's version string
 */
public record SummaryResult(
        String title,
        String language,
        String languageNote,
        List<String> summary,
        KeyFacts keyFacts,
        DocumentStats stats,
        String summarizer) {

    public SummaryResult {
        summary = List.copyOf(summary);
    }
}
