package dev.precis.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs the tests make themselves with PDFBox: no binary fixtures in the repository. */
public final class PdfFixtures {
    public static final String HEADLINE = "Ferry operator adds winter crossings";
    static final List<List<String>> ARTICLE = List.of(
            List.of("The island ferry will sail twice a day through the winter, the operator said",
                    "on Monday, ending three years of weekend-only crossings in the cold months."),
            List.of("Residents had campaigned for the change since the last timetable cut, saying",
                    "the gaps left patients and students stranded on the mainland overnight."),
            List.of("The new crossings start in November and will be reviewed after one season."));

    private PdfFixtures() {}

    /** A headline in 22 pt over three paragraphs in 11 pt. */
    public static byte[] article() {
        return build(doc -> articlePage(doc, false));
    }

    /** The article with a blue rule under the headline and a picture below the text: path, colour and image operators between the text. */
    public static byte[] illustratedArticle() {
        return build(doc -> articlePage(doc, true));
    }

    private static void articlePage(PDDocument doc, boolean illustrated) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = 780;
            text(cs, font(Standard14Fonts.FontName.HELVETICA_BOLD), 22, 50, y, List.of(HEADLINE));
            if (illustrated) {
                cs.setNonStrokingColor(Color.BLUE);
                cs.addRect(50, y - 12, 495, 3);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
            }
            y -= 50;
            for (List<String> paragraph : ARTICLE) {
                text(cs, font(Standard14Fonts.FontName.HELVETICA), 11, 50, y, paragraph);
                y -= paragraph.size() * 14 + 18;
            }
            if (illustrated) cs.drawImage(picture(doc), 50, y - 120, 200, 100);
        }
    }

    /** All text in one size; the headline is only in the document information. */
    static byte[] withMetadataTitle(String title) {
        return build(doc -> {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font(Standard14Fonts.FontName.TIMES_ROMAN), 12, 50, 780, ARTICLE.get(0));
            }
        });
    }

    /** One sentence per page: "This is the text of page N." */
    static byte[] pages(int count) {
        return build(doc -> {
            for (int i = 1; i <= count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font(Standard14Fonts.FontName.HELVETICA), 12, 50, 780, List.of("This is the text of page " + i + "."));
                }
            }
        });
    }

    /** A scan: one page with a picture and no text layer. */
    static byte[] imageOnly() {
        return build(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject xobject = picture(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xobject, 50, 600, 400, 200);
            }
        });
    }

    /** A black bar on white, 200 x 100 pixels. */
    private static PDImageXObject picture(PDDocument doc) throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.fillRect(20, 40, 160, 8);
        g.dispose();
        return LosslessFactory.createFromImage(doc, image);
    }

    /** The article, protected with an owner password and, when given, a user password. */
    static byte[] encrypted(String userPassword) {
        byte[] plain = article();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page whose content stream is a small Flate stream of many megabytes of spaces. */
    static byte[] deflateBomb(int inflatedBytes) {
        return build(doc -> {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            byte[] content = new byte[inflatedBytes];
            java.util.Arrays.fill(content, (byte) ' ');
            byte[] tail = "BT /F1 12 Tf 50 700 Td (bomb) Tj ET".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
        });
    }

    private interface Builder {
        void build(PDDocument doc) throws IOException;
    }

    private static byte[] build(Builder builder) {
        try (PDDocument doc = new PDDocument()) {
            builder.build(doc);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static PDType1Font font(Standard14Fonts.FontName name) {
        return new PDType1Font(name);
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, List<String> lines)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setLeading(size * 1.25f);
        cs.newLineAtOffset(x, y);
        for (String line : lines) {
            cs.showText(line);
            cs.newLine();
        }
        cs.endText();
    }
}
