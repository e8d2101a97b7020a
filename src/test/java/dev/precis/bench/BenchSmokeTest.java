package dev.precis.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.lambda.CloudFormationYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark code runs end to end on tiny inputs (no timings are checked: benchmarks are not tests). */
class BenchSmokeTest {
    @Test
    void run_onTinyGeneratedTexts_writesResultsAndChart(@TempDir Path dir) throws Exception {
        Map<String, String> options = BenchMain.options(new String[] {"--skip-cold", "--shared", dir.resolve("absent").toString(),
            "--out", dir.resolve("out").toString(), "--site", dir.resolve("site").toString(), "--sizes", "3000,30000", "--budget", "5"});
        Map<String, Object> results = BenchMain.run(options, line -> { });

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scaling = (List<Map<String, Object>>) results.get("scaling");
        assertEquals(2, scaling.size());
        for (Map<String, Object> row : scaling) {
            assertTrue(((Number) row.get("sentences")).intValue() > 10, row.toString());
            assertTrue(((Number) row.get("precisSeconds")).doubleValue() > 0, row.toString());
            assertTrue(row.get("textrankSeconds") instanceof Number, row.toString());
            assertTrue(row.get("lexrankSeconds") instanceof Number, row.toString());
        }
        assertTrue(Files.readString(dir.resolve("out/results.json")).contains("\"scaling\""));
        assertTrue(Files.readString(dir.resolve("out/results.md")).contains("| size |"));
        String svg = Files.readString(dir.resolve("site/bench-scaling.svg"));
        assertTrue(svg.startsWith("<svg") && svg.contains("<polyline"), "chart with lines");
    }

    @Test
    void unpack_writesEveryEntryUnderTheDirectory_andRefusesEntriesOutsideIt(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("code.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("dev/precis/"));
            out.putNextEntry(new ZipEntry("dev/precis/A.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.putNextEntry(new ZipEntry("models/m.bin"));
            out.write("model".getBytes(StandardCharsets.UTF_8));
        }
        Path task = ColdStart.unpack(jar, dir.resolve("task"));
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, Files.readAllBytes(task.resolve("dev/precis/A.class")));
        assertEquals("model", Files.readString(task.resolve("models/m.bin")));

        Path evil = dir.resolve("evil.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            out.putNextEntry(new ZipEntry("../outside.txt"));
            out.write('x');
        }
        IOException e = assertThrows(IOException.class, () -> ColdStart.unpack(evil, dir.resolve("task2")));
        assertTrue(e.getMessage().contains("../outside.txt"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside.txt")));
    }

    @Test
    void coldStart_givesTheJvmTheTemplatesDefaultFunctionMemory() throws IOException {
        Matcher m = Pattern.compile("\n  MemorySize:\n    Type: Number\n    Default: (\\d+)\n").matcher(Files.readString(Path.of("template.yaml")));
        assertTrue(m.find(), "template.yaml has a MemorySize parameter with a default");
        assertEquals(Integer.parseInt(m.group(1)), ColdStart.FUNCTION_MEMORY_MB);
    }

    @Test
    void coldStart_givesTheLookupRunsTheLookupFunctionsMemory() throws IOException {
        String memory = CloudFormationYaml.tree(Path.of("template.yaml")).path("Resources").path("LookupFunction").path("Properties").path("MemorySize").asText();
        assertEquals(memory, Integer.toString(ColdStart.LOOKUP_MEMORY_MB));
        assertEquals(ColdStart.LOOKUP_MEMORY_MB, ColdStart.Program.LOOKUP.memoryMb);
    }

    @Test
    void coldStart_givesTheJvmTheFunctionsJavaToolOptionsFromTheTemplate() throws IOException {
        Path template = Path.of("template.yaml");
        String deployed = CloudFormationYaml.tree(template).path("Globals").path("Function").path("Environment").path("Variables")
                .path("JAVA_TOOL_OPTIONS").asText();
        assertFalse(deployed.isEmpty());
        assertEquals(deployed, ColdStart.functionJavaToolOptions(template));
    }

    @Test
    void timingsLine_ofTheFloorAndLookupRuns_isReadAsInvokesLine() {
        Matcher m = ColdStart.TIMINGS.matcher("noise\n" + ColdStart.timingsLine(812, 95) + "\n");
        assertTrue(m.find());
        assertEquals("812", m.group(1));
        assertEquals("95", m.group(2));
    }

    @Test
    void medianDifference_pairsRunsByIndex() {
        List<long[]> current = List.of(new long[] {0, 0, 1000}, new long[] {0, 0, 1400}, new long[] {0, 0, 1100});
        List<long[]> baseline = List.of(new long[] {0, 0, 1010}, new long[] {0, 0, 1300}, new long[] {0, 0, 1120});
        // the medians are 1100 and 1120 (-20), but run by run the differences are -10, +100, -20: median -10
        assertEquals(-10, ColdStart.medianDifference(current, baseline, 2));
    }

    @Test
    void markdown_showsTheBaselineAndTheRunByRunDifference() {
        Map<String, Object> cold = coldStart(
                ColdStart.CURRENT, coldRow("target/precis.jar", 1150),
                ColdStart.BASELINE, coldRow("old.jar", 1150),
                "againstBaseline", difference(5, -15, -10));

        String md = BenchMain.markdown(results(cold));
        assertTrue(md.contains("as on Lambda (baseline: `old.jar`)"), md);
        assertTrue(md.contains("-10 ms whole process (init +5 ms, first invocation -15 ms)"), md);
        assertEquals(2, md.lines().filter(l -> l.startsWith("| `-XX:TieredStopAtLevel=1`")).count(), md);
    }

    @Test
    void markdown_comparesThePrimedRunsWithTheBaselinesPrimedRuns() {
        Map<String, Object> cold = coldStart(
                ColdStart.PRIMED, coldRow("target/precis.jar", 1300),
                ColdStart.BASELINE_PRIMED, coldRow("old.jar", 1300),
                "primedAgainstBaseline", difference(240, -13, 230));

        String md = BenchMain.markdown(results(cold));
        assertTrue(md.contains("what an event after a restore would still pay, restore itself aside) (baseline: `old.jar`)"), md);
        assertTrue(md.contains("This build minus the baseline, both primed for the snapshot, the median of the run-by-run differences: "
                + "+230 ms whole process (init +240 ms, first invocation -13 ms)"), md);
    }

    @Test
    void markdown_marksTheSdkFloorAndWhatPrecisCostsAboveIt() {
        Map<String, Object> cold = coldStart(
                ColdStart.CURRENT, coldRow("target/precis.jar", 1150),
                ColdStart.FLOOR, coldRow("target/precis.jar", 1000),
                "aboveFloor", difference(200, -40, 150));

        String md = BenchMain.markdown(results(cold));
        assertEquals(1, md.lines().filter(l -> l.contains("**the SDK floor**") && l.endsWith("| 1000 ms |")).count(), md);
        assertTrue(md.contains("Précis minus the SDK floor, the median of the run-by-run differences: +150 ms whole process (init +200 ms, first invocation -40 ms)"), md);
    }

    /** One variant's row of cold-start results: Lambda's C1 flag, the package unpacked. */
    private static Map<String, Object> coldRow(String jar, int processMs) {
        return new LinkedHashMap<>(Map.of("flags", "-XX:TieredStopAtLevel=1", "code", "unpacked", "jar", jar,
                "initMs", 900, "invocationMs", 120, "processMs", processMs));
    }

    private static Map<String, Long> difference(long initMs, long invocationMs, long processMs) {
        return Map.of("initMs", initMs, "invocationMs", invocationMs, "processMs", processMs);
    }

    /** Cold-start results of three runs: two variants and the comparison of the two. */
    private static Map<String, Object> coldStart(String a, Object rowA, String b, Object rowB, String comparison, Object difference) {
        Map<String, Object> cold = new LinkedHashMap<>(Map.of("runs", 3, "document", "a.txt", "documentBytes", 10));
        cold.put(a, rowA);
        cold.put(b, rowB);
        cold.put(comparison, difference);
        return cold;
    }

    private static Map<String, Object> results(Map<String, Object> coldStart) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Map.of("date", "d", "cpu", "c", "cores", 2, "os", "o", "java", "j", "loadAverageAtStart", 0.5));
        results.put("coldStart", coldStart);
        return results;
    }

    @Test
    void corpus_withoutSharedData_generatesVariedParagraphs() throws IOException {
        String text = Corpus.load(null).text(20_000);
        String[] paragraphs = text.split("\n\n");
        assertTrue(paragraphs.length > 20);
        assertTrue(java.util.Arrays.stream(paragraphs).distinct().count() > paragraphs.length * 9 / 10, "paragraphs are not repeats");
    }

    @Test
    void baselines_pickTheSentencesAtTheCentreOfTheDocument() {
        List<String> sentences = List.of(
                "The harbour council approved the new harbour plan on Tuesday.",
                "Bananas are yellow.",
                "The new harbour plan was approved by the council after a debate.",
                "Critics of the harbour plan said the council moved too fast.",
                "My cat sleeps all day.");
        for (SentenceGraph g : List.of(new TextRank(), new LexRank())) {
            List<Integer> picked = g.select(sentences, 2, Long.MAX_VALUE);
            assertEquals(2, picked.size(), g.name());
            assertTrue(!picked.contains(1) && !picked.contains(4), g.name() + " picked an unrelated sentence: " + picked);
        }
    }

    @Test
    void baselines_stopAtTheDeadline() {
        List<String> sentences = java.util.Collections.nCopies(50, "A sentence about the harbour plan.");
        org.junit.jupiter.api.Assertions.assertThrows(SentenceGraph.OverBudget.class,
                () -> new TextRank().select(sentences, 3, System.nanoTime() - 1));
    }

    @Test
    void coldVariants_keepsTheNamedOnesInOrder_andRefusesUnknownNames() {
        List<ColdStart.Variant> all = List.of(variant(ColdStart.CURRENT), variant(ColdStart.BASELINE), variant(ColdStart.FLOOR));
        assertEquals(List.of(ColdStart.CURRENT, ColdStart.FLOOR),
                BenchMain.select(all, ColdStart.FLOOR + ", " + ColdStart.CURRENT).stream().map(ColdStart.Variant::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchMain.select(all, "lambdaFlag"));
        assertTrue(e.getMessage().contains("no cold-start variant lambdaFlag; there are: lambdaFlags, baselineLambdaFlags, sdkFloor"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchMain.select(all, ","));
    }

    private static ColdStart.Variant variant(String name) {
        return new ColdStart.Variant(name, ColdStart.LAMBDA_FLAGS, "", Path.of("precis.jar"), true, ColdStart.Program.PRECIS);
    }
}
