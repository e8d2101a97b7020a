package dev.precis.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The hostile-upload corpus, generated on demand (nothing large is committed): what people and
 * programs really drop into a bucket by mistake or on purpose. The engine test, the CLI test and the
 * pipeline IT all run the same entries; each entry says what must come of it.
 */
public final class BadInputs {
    /** What a document must end as: summarized, or stored with a status and a reason that starts with {@code reason}. */
    public enum Status { DONE, SKIPPED, FAILED }

    /**
     * One upload.
     *
     * @param name the file name (its extension is part of the test: detection must not trust it blindly)
     * @param contentType the Content-Type it is uploaded with, or null
     * @param status what must come of it
     * @param reason the start of the stored reason (SKIPPED, FAILED), or null for DONE
     */
    public record Entry(String name, String contentType, Status status, String reason, Supplier<byte[]> content) {
        public byte[] bytes() {
            return content.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Bytes in the 10 MB class (under the default 10 MiB object limit, so the function reads them). */
    public static final int TEN_MB = 10_000_000;
    /** The same paragraph this many times. */
    public static final int REPEATS = 10_000;
    /** Nested elements in the deep HTML page. */
    public static final int NESTING = 100_000;

    private static final String PARAGRAPH = "The harbour council met on Tuesday to discuss the new ferry timetable. "
            + "Residents asked for an earlier crossing in winter, and the operator agreed to consider it.";

    private BadInputs() {}

    public static List<Entry> all() {
        return List.of(
                entry("empty.txt", "text/plain", Status.SKIPPED, "empty document", () -> new byte[0]),
                entry("whitespace-only.txt", "text/plain", Status.SKIPPED, "empty document",
                        () -> utf8(" \t\n\r\n   \u00A0\u2003\n\n\t ")),
                entry("one-byte.txt", "text/plain", Status.DONE, null, () -> new byte[] {'a'}),
                entry("punctuation-only.txt", "text/plain", Status.SKIPPED, "no sentences found",
                        () -> utf8("?!.,;:--- ... !!! ???\n\n***\n(((())))\n—–…\n".repeat(50))),
                entry("giant-line-no-punctuation.txt", "text/plain", Status.DONE, null, () -> words(2_000_000, "")),
                entry("ten-mb-one-sentence.txt", "text/plain", Status.DONE, null, () -> words(TEN_MB, ".")),
                entry("control-characters.txt", "text/plain", Status.DONE, null, BadInputs::controlCharacters),
                entry("mostly-control-characters.txt", "text/plain", Status.SKIPPED, "binary content", BadInputs::mostlyControl),
                entry("nul-bytes.txt", "text/plain", Status.SKIPPED, "binary content", BadInputs::nulBytes),
                entry("invalid-utf8.txt", "text/plain", Status.DONE, null, BadInputs::invalidUtf8),
                entry("mixed-encodings.txt", null, Status.DONE, null, BadInputs::mixedEncodings),
                entry("one-mb-token.txt", "text/plain", Status.DONE, null, BadInputs::longToken),
                entry("one-mb-dotted-token.txt", "text/plain", Status.DONE, null,
                        () -> utf8("The code below was pasted by mistake. " + "a.b-c'd&e".repeat(110_000) + " The report ends here.")),
                entry("markdown-megabyte-quote-marker.md", "text/markdown", Status.DONE, null,
                        () -> utf8("# Notes\n\n" + ">".repeat(1_000_000) + " The quoted council said yes.\n\nThe vote was close.\n")),
                entry("markdown-megabyte-rule.md", "text/markdown", Status.DONE, null,
                        () -> utf8("# Notes\n\nThe vote was close.\n\n" + "- ".repeat(500_000) + "\n\nThe council said yes.\n")),
                entry("markdown-megabyte-table-rule.md", "text/markdown", Status.DONE, null,
                        () -> utf8("# Notes\n\nThe vote was close.\n\n| a | b |\n" + "|--".repeat(330_000) + "|\n| c | d |\n")),
                entry("markdown-megabyte-link-target.md", "text/markdown", Status.DONE, null,
                        () -> utf8("# Notes\n\nThe vote was close.\n\nSee [the minutes](" + "()".repeat(500_000) + ") for more.\n")),
                entry("markdown-unclosed-emphasis.md", "text/markdown", Status.DONE, null,
                        () -> utf8("# Notes\n\nThe vote was close.\n\n" + "*a **b _c ".repeat(100_000) + "\n")),
                entry("megabyte-number.txt", "text/plain", Status.DONE, null,
                        () -> utf8("Costs reached 1" + ",000".repeat(250_000) + " pounds last year. The council agreed to pay.")),
                entry("paragraph-10000-times.txt", "text/plain", Status.DONE, null,
                        () -> utf8((PARAGRAPH + "\n\n").repeat(REPEATS))),
                entry("german.txt", "text/plain; charset=utf-8", Status.DONE, null, () -> utf8(GERMAN)),
                entry("russian.txt", "text/plain; charset=utf-8", Status.DONE, null, () -> utf8(RUSSIAN)),
                entry("arabic.txt", "text/plain; charset=utf-8", Status.DONE, null, () -> utf8(ARABIC)),
                entry("chinese.txt", "text/plain; charset=utf-8", Status.DONE, null, () -> utf8(CHINESE)),
                entry("hindi.txt", "text/plain; charset=utf-8", Status.DONE, null, () -> utf8(HINDI)),
                entry("russian-windows-1251-undeclared.txt", "text/plain", Status.FAILED, "undecodable text",
                        () -> RUSSIAN.getBytes(Charset.forName("windows-1251"))),
                entry("unicode-edge-cases.txt", "text/plain", Status.DONE, null, () -> utf8(UNICODE_EDGES)),
                entry("encoded-surrogates.txt", "text/plain", Status.DONE, null, BadInputs::encodedSurrogates),
                entry("deep-nesting.html", "text/html", Status.DONE, null, BadInputs::deepHtml),
                entry("malformed.html", "text/html", Status.DONE, null, () -> utf8(MALFORMED_HTML)),
                entry("truncated.pdf", "application/pdf", Status.FAILED, "malformed PDF",
                        () -> Arrays.copyOf(PdfFixtures.article(), PdfFixtures.article().length / 2)),
                entry("garbage-after-header.pdf", "application/pdf", Status.FAILED, "malformed PDF",
                        () -> "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<\n/Type /Catalog\n".repeat(100).getBytes(StandardCharsets.ISO_8859_1)),
                entry("nested-arrays.pdf", "application/pdf", Status.FAILED, "malformed PDF", () -> latin1("%PDF-1.7\n1 0 obj\n"
                        + "[".repeat(200_000) + "\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")),
                entry("nested-content-stream.pdf", "application/pdf", Status.SKIPPED, "PDF has no text layer", () -> latin1("%PDF-1.7\n"
                        + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                        + "3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 200000 >>\nstream\n"
                        + "[".repeat(200_000) + "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")),
                entry("encrypted.pdf", "application/pdf", Status.FAILED, "encrypted PDF", () -> PdfFixtures.encrypted("reader-secret")),
                entry("decompression-bomb.pdf", "application/pdf", Status.FAILED, "PDF streams inflate beyond the limit",
                        BadInputs::pdfBomb),
                entry("random-bytes-labelled-text.txt", "text/plain", Status.SKIPPED, "binary content", BadInputs::randomBytes));
    }

    private static Entry entry(String name, String contentType, Status status, String reason, Supplier<byte[]> content) {
        return new Entry(name, contentType, status, reason, content);
    }

    static final String GERMAN = "Gezeitenkraftwerk in Westmere eröffnet\n\n"
            + "Die Stadt Westmere hat am Freitag ihr erstes Gezeitenkraftwerk eröffnet. Die vier Turbinen sollen etwa ein Drittel "
            + "des Stroms der Stadt liefern, teilte der Gemeinderat mit. Fischer hatten befürchtet, dass die Anlage den Fischbestand "
            + "schädigt, doch erste Untersuchungen zeigten keine Folgen. Im nächsten Jahr sollen zwei weitere Turbinen folgen.";
    static final String RUSSIAN = "В Вестмире открыли приливную электростанцию\n\n"
            + "Город Вестмир в пятницу открыл свою первую приливную электростанцию. Четыре турбины будут давать около трети "
            + "электроэнергии города, сообщил городской совет. Рыбаки опасались за рыбные запасы, но первые исследования не "
            + "выявили никакого вреда. В следующем году совет планирует установить ещё две турбины.";
    static final String ARABIC = "افتتاح محطة لطاقة المد والجزر في ويستمير\n\n"
            + "افتتحت مدينة ويستمير يوم الجمعة أول محطة لتوليد الكهرباء من طاقة المد والجزر. وقال المجلس البلدي إن التوربينات "
            + "الأربعة ستوفر نحو ثلث كهرباء المدينة. وكان الصيادون يخشون على الثروة السمكية، لكن الدراسات الأولى لم تجد أي ضرر. "
            + "ويخطط المجلس لإضافة توربينين آخرين في العام المقبل.";
    static final String CHINESE = "韦斯特米尔潮汐发电站投入使用\n\n"
            + "韦斯特米尔镇周五启用了第一座潮汐发电站。镇议会表示，四台涡轮机将提供全镇约三分之一的电力。"
            + "渔民曾担心电站会损害鱼类资源，但初步调查没有发现任何影响。议会计划明年再增加两台涡轮机。";
    static final String HINDI = "वेस्टमीयर में ज्वारीय बिजलीघर शुरू\n\n"
            + "वेस्टमीयर शहर ने शुक्रवार को अपना पहला ज्वारीय बिजलीघर शुरू किया। नगर परिषद ने कहा कि चार टर्बाइन शहर की लगभग "
            + "एक तिहाई बिजली देंगी। मछुआरों को मछलियों के नुकसान की चिंता थी, लेकिन शुरुआती सर्वेक्षणों में कोई असर नहीं मिला। "
            + "परिषद अगले साल दो और टर्बाइन लगाने की योजना बना रही है।";
    /** Combining marks, emoji (with joiners and skin tones), bidirectional controls, zero-width characters. */
    static final String UNICODE_EDGES = "Cafe\u0301 owners in Zu\u0308rich meet the mayor\n\n"
            + "The cafe\u0301 on the corner reopened on Monday \uD83C\uDF89 after a long repair. "
            + "Its owner, Zoe\u0308 Mu\u0308ller, said the family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 had waited a year \uD83D\uDC4D\uD83C\uDFFD. "
            + "A sign in the window reads \u202Eedisni nepo\u202C and \u200Fمرحبا\u200E to visitors. "
            + "Z\u0335\u0321a\u0336\u0322l\u0337\u0323g\u0338\u0324o text and zero\u200Bwidth\uFEFFspaces did not stop the opening. "
            + "The city paid \u20AC12,000 \u2014 about \uD83D\uDCB0 a third of the cost.";
    static final String MALFORMED_HTML = "<html><head><title>Ferry timetable | Harbour News<title></head><body>"
            + "<div><p>The harbour council met on Tuesday to discuss the new ferry timetable.<p>Residents asked for an earlier "
            + "crossing in winter<span><b><i>, and the operator agreed to consider it.</div></span></table><p>"
            + "<script>var unclosed = '<p>not text</p>';</script><p>The new timetable starts in May &amp; runs all year &notanentity; "
            + "<a href=\"x\">read <p>more</a>.<!-- an unclosed comment";

    /** Lower-case words and spaces only: no sentence end until {@code end}. */
    static byte[] words(int bytes, String end) {
        String[] vocabulary = {"harbour", "council", "ferry", "winter", "crossing", "timetable", "residents", "operator", "tide",
                "turbine", "morning", "island", "weather", "budget", "station"};
        Random random = new Random(7);
        StringBuilder s = new StringBuilder(bytes + 16);
        while (s.length() < bytes - end.length() - 12) s.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        s.setLength(s.length() - 1);
        s.append(end);
        return utf8(s.toString());
    }

    /** News text with a few control characters here and there (under the binary threshold). */
    private static byte[] controlCharacters() {
        StringBuilder s = new StringBuilder();
        char[] controls = {'\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085'};
        for (int i = 0; i < 20; i++) {
            s.append(PARAGRAPH, 0, 40).append(controls[i % controls.length]).append(PARAGRAPH.substring(40)).append("\r\n\r\n");
        }
        return utf8(s.toString());
    }

    private static byte[] mostlyControl() {
        byte[] b = utf8(PARAGRAPH.repeat(4));
        for (int i = 0; i < b.length; i += 3) b[i] = (byte) (1 + i % 30);
        return b;
    }

    /** Text with NUL bytes between words, as a broken export writes it. */
    private static byte[] nulBytes() {
        return utf8(PARAGRAPH.replace(' ', '\u0000').repeat(10));
    }

    /** Damaged UTF-8: one invalid byte (a stray continuation byte, a truncated sequence, 0xFF) in each of many valid paragraphs. */
    private static byte[] invalidUtf8() {
        byte[][] damage = {{(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xC3, 0x28}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 12; i++) {
            out.writeBytes(utf8("Zürich café number " + i + " reopens after the works. "));
            out.writeBytes(damage[i % damage.length]);
            out.writeBytes(utf8(" " + PARAGRAPH.replace("Tuesday", "day " + i) + "\n\n"));
        }
        return out.toByteArray();
    }

    /** A UTF-8 paragraph, then a windows-1252 one, then Latin-1: files pasted together. */
    private static byte[] mixedEncodings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("Café owners in Zürich met the mayor on Monday. They asked for longer opening hours.\n\n"));
        out.writeBytes("The mayor said “yes” – but only in summer. Prices rose by 5 € in the same week.\n\n"
                .getBytes(Charset.forName("windows-1252")));
        out.writeBytes("Señor García, the council's treasurer, agreed. The vote is in June.\n\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** One megabyte without a space or punctuation, between two ordinary sentences. */
    private static byte[] longToken() {
        return utf8("The file below was pasted by mistake. " + "abcdefghij".repeat(100_000) + " The report ends here.");
    }

    /** Text with surrogate code points encoded as if they were characters (CESU-style), which UTF-8 forbids. */
    private static byte[] encodedSurrogates() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 10; i++) {
            out.writeBytes(utf8(PARAGRAPH + " Lone high "));
            out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            out.writeBytes(utf8(" and low "));
            out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80});
            out.writeBytes(utf8(" surrogates.\n\n"));
        }
        return out.toByteArray();
    }

    /** An article at the bottom of {@link #NESTING} nested divs, none of them closed. */
    private static byte[] deepHtml() {
        StringBuilder s = new StringBuilder(NESTING * 5 + 1000);
        s.append("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
        s.append("<div>".repeat(NESTING));
        s.append("<p>").append(PARAGRAPH).append("</p><p>The new timetable starts in May and runs all year.</p>");
        return utf8(s.toString());
    }

    /** A PDF whose page content inflates past the default 128 MiB limit; small on disk. */
    private static byte[] pdfBomb() {
        return PdfBomb.BYTES;
    }

    private static final class PdfBomb {
        static final byte[] BYTES = PdfFixtures.deflateBomb((int) (ExtractionLimits.DEFAULTS.maxPdfInflatedBytes() + (8 << 20)));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4096];
        new Random(11).nextBytes(b);
        return b;
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
