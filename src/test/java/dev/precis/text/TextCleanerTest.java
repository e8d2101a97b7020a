package dev.precis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.text.CleanDocument.Block;
import dev.precis.text.CleanDocument.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {
    private static final String BODY = "The council approved the new budget on Monday after a long debate.";
    private final TextCleaner cleaner = new TextCleaner();

    private static List<String> texts(CleanDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    @ParameterizedTest(name = "drops furniture line: {0}")
    @ValueSource(strings = {
        "Images source: © Getty Images | Chip Somodevilla",
        "Photo: Reuters/Jane Doe",
        "Image credit: City Archive",
        "ed. RAM",
        "By Jane Smith",
        "Related content",
        "Read more",
        "Share this article",
        "Advertisement",
        "© essanews.com",
        "essanews.com",
        "·",
        "Sign up for our newsletter",
        "Updated 3 hours ago",
    })
    void clean_dropsFurnitureLine(String furniture) {
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + BODY + "\n\n" + furniture + "\n\n" + BODY.replace("Monday", "Friday"), null);
        assertFalse(texts(doc).contains(furniture), () -> "kept: " + texts(doc));
        assertEquals(2, doc.blocks().size(), () -> "blocks: " + texts(doc));
    }

    @ParameterizedTest(name = "keeps the date line aside: {0}")
    @ValueSource(strings = {"6:36 AM EST, November 8, 2023", "November 8, 2023", "8 November 2023 14:02", "Published: 2023-11-08", "Wednesday, November 8, 2023"})
    void clean_setsDatelineAside(String dateline) {
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + dateline + "\n\n" + BODY, null);
        assertEquals(dateline, doc.dateline());
        assertEquals(List.of(BODY), texts(doc));
    }

    @Test
    void clean_takesRepeatedHeadlineWithoutGluedSectionLabel() {
        CleanDocument doc = cleaner.clean("NewsCouncil passes budget after long debate\n\nCouncil passes budget after long debate\n\n" + BODY, null);
        assertEquals("Council passes budget after long debate", doc.title());
        assertEquals(List.of(BODY), texts(doc));
    }

    @Test
    void clean_takesFirstShortUnpunctuatedLineAsTitle() {
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + BODY, null);
        assertEquals("Council passes budget", doc.title());
    }

    @Test
    void clean_prefersTheCallersTitleAndDropsItsRepeat() {
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + BODY, "Council passes budget");
        assertEquals("Council passes budget", doc.title());
        assertEquals(List.of(BODY), texts(doc));
    }

    @Test
    void clean_dropsCaptionLinesThatRepeat() {
        String text = "Council passes budget\n\n" + BODY + "\n\nMayor Ann Lee at the meeting\nMayor Ann Lee at the meeting\n\n" + BODY.replace("Monday", "Friday");
        CleanDocument doc = cleaner.clean(text, null);
        assertTrue(texts(doc).stream().noneMatch(t -> t.contains("Mayor Ann Lee")), () -> "kept: " + texts(doc));
    }

    @Test
    void clean_dropsLegalNotice() {
        String legal = "Downloading, reproduction, storage, or any other use of content available on this website requires prior and "
                + "explicit consent from the owner of this website. The above restriction does not apply to permitted use as specified by law.";
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + BODY + "\n\n" + legal, null);
        assertEquals(List.of(BODY), texts(doc));
    }

    @Test
    void clean_neverGluesAnUnpunctuatedLineOntoTheNextSentence() {
        CleanDocument doc = cleaner.clean("Council passes budget\n\n" + BODY + "\n\nWhat happens next\n" + BODY.replace("Monday", "Friday"), null);
        assertEquals(List.of(new Block(Kind.PARAGRAPH, BODY), new Block(Kind.HEADING, "What happens next"),
                new Block(Kind.PARAGRAPH, BODY.replace("Monday", "Friday"))), doc.blocks());
    }

    @Test
    void clean_makesEachListItemItsOwnBlock() {
        CleanDocument doc = cleaner.clean("Plan for the year\n\n- Repair the bridge\n- Open two libraries\n* Hire more nurses.", null);
        assertEquals(List.of("Repair the bridge", "Open two libraries", "Hire more nurses."), texts(doc));
    }

    @Test
    void clean_joinsHardWrappedLines() {
        CleanDocument doc = cleaner.clean("The council approved the new budget\non Monday after a long debate with\nresidents and unions.", null);
        assertEquals(List.of("The council approved the new budget on Monday after a long debate with residents and unions."), texts(doc));
        assertNull(doc.title());
    }

    @Test
    void clean_keepsTextWithoutParagraphBreaksAsOneParagraph() {
        String block = (BODY + " ").repeat(20).strip();
        CleanDocument doc = cleaner.clean(block, null);
        assertNull(doc.title());
        assertEquals(List.of(new Block(Kind.PARAGRAPH, block)), doc.blocks());
    }

    @Test
    void clean_keepsALongUnpunctuatedBlockAsParagraph() {
        String block = BODY + " " + "Officials said the plan would take effect in the spring and would be reviewed".repeat(3);
        CleanDocument doc = cleaner.clean(block, null);
        assertEquals(Kind.PARAGRAPH, doc.blocks().get(0).kind());
    }

    @Test
    void clean_stripsWireAgencyTag() {
        CleanDocument doc = cleaner.clean("(CNN)The council approved the new budget on Monday.", null);
        assertEquals(List.of("The council approved the new budget on Monday."), texts(doc));
    }

    @Test
    void clean_removesControlCharactersAndNormalizesLineEnds() {
        CleanDocument doc = cleaner.clean("The council\u0000 approved\u200B the budget.\r\n\r\nIt passed.", null);
        assertEquals(List.of("The council approved the budget.", "It passed."), texts(doc));
    }

    @Test
    void clean_keepsJoinersThatBelongToTheText() {
        // ZWJ builds emoji sequences (a family, not three people) and, with ZWNJ, spells words in Indic and Persian scripts
        String family = "The family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 waited a year.";
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 is the word they used.";
        assertEquals(List.of(family, persian), texts(cleaner.clean(family + "\n\n" + persian, null)));
    }
}
