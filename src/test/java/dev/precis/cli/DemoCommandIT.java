package dev.precis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's run-the-main-job command: {@code java -jar target/precis.jar demo}. */
class DemoCommandIT {

    @Test
    void demo_runsThePipelineLocallyAndPrintsTheStoredItem() throws Exception {
        JarRun run = JarRun.run(Map.of(), "demo");
        assertEquals(0, run.exitCode(), run.stderr());
        String out = run.stdout();
        JsonNode item = new ObjectMapper().readTree(out.substring(out.indexOf("\n{\n") + 1));
        assertEquals("DONE", item.path("status").asText());
        assertEquals("precis-documents-local/incoming/sample-article.txt", item.path("pk").asText());
        assertEquals(3, item.path("summary").size());
        assertTrue(run.stderr().contains("stopping the local servers"), run.stderr());
    }
}
