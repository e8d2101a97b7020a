package dev.precis.lookup;

import dev.precis.engine.DocumentStats;
import dev.precis.engine.SummaryResult;
import dev.precis.facts.KeyFacts;
import dev.precis.store.Sequencer;
import dev.precis.store.Status;
import dev.precis.store.SummaryRecord;
import java.time.Instant;
import java.util.List;

/** Stored records as the pipeline makes them, for lookup tests. */
public final class Records {
    public static final Instant WHEN = Instant.parse("2025-03-14T09:30:13Z");

    private Records() {}

    public static SummaryRecord done(String bucket, String key, String sequencer) {
        KeyFacts facts = new KeyFacts(List.of(new KeyFacts.Entity("Maria Okafor", "PERSON", 2)), List.of(), List.of(), List.of(), List.of("tidal energy"));
        SummaryResult result = new SummaryResult("Tidal plant opens", "en", null, List.of("The plant opened on Friday.", "It powers 3,000 homes."),
                facts, new DocumentStats(1748, 263, 10, 1.1), "precis-0.1.0");
        return new SummaryRecord(bucket, key, null, "ee15037cd15e27a8286086418cbb3915", 1825L, "text/plain", Sequencer.parse(sequencer),
                "ObjectCreated:Put", Status.DONE, null, "text", "UTF-8", List.of(), result, WHEN);
    }

    public static SummaryRecord tombstone(String bucket, String key, String sequencer) {
        return new SummaryRecord(bucket, key, null, null, null, null, Sequencer.parse(sequencer), "ObjectRemoved:Delete",
                Status.DELETED, null, null, null, List.of(), null, WHEN);
    }
}
