package dev.precis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import dev.precis.engine.SummaryLength;
import dev.precis.engine.SummaryResult;
import dev.precis.engine.Summarizer;
import dev.precis.engine.Verbatim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-upload corpus through the extractor and the engine, as the function runs them: each
 * entry ends as a summary or as the typed exception with the expected reason, never as any other
 * exception, within a hang guard, inside this JVM's heap (surefire runs it with -Xmx1g).
 */
class BadInputTest {
    /** A hang guard, not a speed test: the slowest entry (10 MB) takes a few seconds. */
    static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static Summarizer summarizer;
    private final TextExtractor extractor = new TextExtractor();

    @BeforeAll
    static void load() {
        summarizer = Summarizer.load();
    }

    static List<BadInputs.Entry> corpus() {
        return BadInputs.all();
    }

    /** What the function makes of one upload: extract, then summarize; typed exceptions become a status. */
    record Result(BadInputs.Status status, String reason, ExtractedText text, SummaryResult summary) {}

    static Result run(TextExtractor extractor, Summarizer summarizer, BadInputs.Entry entry) {
        byte[] bytes = entry.bytes();
        try {
            ExtractedText text = extractor.extract(bytes, entry.contentType(), entry.name());
            return new Result(BadInputs.Status.DONE, null, text, summarizer.summarize(text.text(), text.title(), SummaryLength.DEFAULT));
        } catch (InvalidDocumentException e) {
            return new Result(BadInputs.Status.SKIPPED, e.reason(), null, null);
        } catch (MalformedDocumentException e) {
            return new Result(BadInputs.Status.FAILED, e.reason(), null, null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInput_endsAsASummaryOrATypedStatus(BadInputs.Entry entry) {
        Result result = assertTimeoutPreemptively(HANG_GUARD, () -> run(extractor, summarizer, entry), entry.name() + " hung");
        assertEquals(entry.status(), result.status(), () -> entry.name() + ": " + result.reason());
        if (entry.reason() != null) {
            assertTrue(result.reason().startsWith(entry.reason()), () -> entry.name() + ": reason " + result.reason());
        }
        if (result.status() == BadInputs.Status.DONE) {
            List<String> summary = result.summary().summary();
            assertFalse(summary.isEmpty(), entry.name() + ": an empty summary");
            String text = Verbatim.normalize(result.text().text());
            int last = -1;
            for (String sentence : summary) {
                int at = Verbatim.indexIn(text, sentence, last + 1);
                assertTrue(at > last, () -> entry.name() + ": not from the text or out of order: " + abbreviate(sentence));
                last = at;
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
