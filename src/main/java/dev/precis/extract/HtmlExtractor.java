package dev.precis.extract;

import dev.precis.engine.InvalidDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to the engine's paragraphs: the page's main content without its furniture.
 *
 * <ol>
 *   <li>Charset: byte order mark, then the Content-Type's charset, then {@code <meta charset>}, then
 *       detection ({@link CharsetDetector}).
 *   <li>Content root: {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>} (the one
 *       holding the most paragraph text, when it holds a fair share of the page's), else the element
 *       whose paragraphs hold the most text.
 *   <li>Furniture removed: scripts, forms, media and captions, navigation, site header and footer,
 *       asides, and blocks whose class or id names them (share, related, cookie, ...) or that are
 *       mostly links.
 *   <li>Headline: the content's {@code <h1>}, else {@code og:title}, else {@code <title>}, without a
 *       " | Site name" suffix.
 * </ol>
 */
final class HtmlExtractor {
    private static final String ALWAYS_NOISE = "script, style, noscript, template, iframe, frame, object, embed, svg, canvas,"
            + " video, audio, picture, img, figure, figcaption, button, input, select, textarea, dialog, pre,"
            + " [hidden], [aria-hidden=true]";
    private static final String STRUCTURAL_NOISE = "nav, aside, header, footer, form, menu,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";
    /** Class or id words of page furniture. */
    static final Pattern NOISE_NAME = Pattern.compile("share|social|related|promo|newsletter|comment|advert|cookie|breadcrumb"
            + "|subscribe|sidebar|byline|popup|modal|sponsor|signup|sign-up|recommend|trending|most-?read|paywall|consent"
            + "|caption|kicker|outbrain|taboola|(?:^|[-_\\s])(?:ads?|tags?|toolbar|meta)(?:[-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|::|»)\\s+");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "br", "dd", "div", "dl", "dt",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "section", "table", "tr", "ul", "header",
            "footer", "caption");
    /** A candidate root must hold this share of the page's paragraph text, or the page is scored instead. */
    private static final double MIN_ROOT_SHARE = 0.4;
    /** A block with more of its text in links than this is navigation. */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int META_SNIFF_BYTES = 4096;

    private HtmlExtractor() {}

    static ExtractedText extract(byte[] content, String contentTypeCharset, ExtractionLimits limits) {
        String declared = contentTypeCharset != null ? contentTypeCharset : metaCharset(content);
        CharsetDetector.Decoded decoded = CharsetDetector.decode(content, declared);
        Document doc = Jsoup.parse(decoded.text());
        Element body = doc.body();
        doc.select(ALWAYS_NOISE).remove();
        for (Element hidden : doc.select("[style]")) {
            if (HIDDEN_STYLE.matcher(hidden.attr("style")).find()) hidden.remove();
        }
        Element root = contentRoot(body);
        String title = title(doc, root);
        removeFurniture(body, root);
        removeLinkLists(root);
        List<String> paragraphs = paragraphs(root, title);
        String text = ParagraphText.join(paragraphs);
        if (text.isBlank()) throw new InvalidDocumentException("no readable text in HTML");
        List<String> notes = new ArrayList<>(decoded.notes());
        text = ParagraphText.cap(text, limits.maxCharacters(), notes);
        return new ExtractedText(text, title, Format.HTML.label(), decoded.charset().name(), notes);
    }

    /** {@code <meta charset=...>} or {@code <meta http-equiv content="...; charset=...">} near the top. */
    static String metaCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Element contentRoot(Element body) {
        Map<Element, Integer> text = new IdentityHashMap<>();
        int total = paragraphText(body, text);
        for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = null;
            for (Element candidate : body.select(query)) {
                if (best == null || paragraphText(candidate, text) > paragraphText(best, text)) best = candidate;
            }
            if (best != null && paragraphText(best, text) >= MIN_ROOT_SHARE * total && paragraphText(best, text) > 0) return best;
        }
        return densest(body);
    }

    /** The element whose own paragraphs (and, at half weight, its children's) hold the most text. */
    private static Element densest(Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) score.merge(grandparent, length / 2.0, Double::sum);
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static int paragraphText(Element e, Map<Element, Integer> cache) {
        return cache.computeIfAbsent(e, k -> {
            int n = 0;
            for (Element p : k.select("p")) n += p.text().length();
            return n;
        });
    }

    private static String title(Document doc, Element root) {
        Element h1 = headline(root);
        for (Element ancestor : root.parents()) {
            if (h1 != null || ancestor == doc.body()) break;
            h1 = headline(ancestor);
        }
        if (h1 != null) return ParagraphText.collapse(h1.text());
        String siteName = doc.select("meta[property=og:site_name]").attr("content");
        String og = doc.select("meta[property=og:title], meta[name=twitter:title]").attr("content");
        if (!og.isBlank()) return withoutSiteName(ParagraphText.collapse(og), siteName);
        String title = doc.title();
        if (!title.isBlank()) return withoutSiteName(ParagraphText.collapse(title), siteName);
        return null;
    }

    /** The first h1 with text that is not just a link (a site logo is). */
    private static Element headline(Element scope) {
        for (Element h1 : scope.select("h1")) {
            String text = h1.text();
            if (!text.isBlank() && h1.select("a").text().length() < text.length()) return h1;
        }
        return null;
    }

    /** "Headline | Site", "Site - Headline": the site's part goes, when known or short. */
    static String withoutSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String site = siteName == null ? "" : siteName.strip();
        if (!site.isEmpty()) {
            if (parts[parts.length - 1].equalsIgnoreCase(site)) return title.substring(0, lastSeparator(title)).strip();
            if (parts[0].equalsIgnoreCase(site)) return title.substring(firstSeparatorEnd(title)).strip();
        }
        String last = parts[parts.length - 1];
        String rest = title.substring(0, lastSeparator(title));
        if (words(last) <= 4 && words(rest) > words(last)) return rest.strip();
        return title;
    }

    private static int lastSeparator(String title) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int start = -1;
        while (m.find()) start = m.start();
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Removes furniture everywhere, except what contains the content root or most of it. */
    private static void removeFurniture(Element body, Element root) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.add(root);
        keep.addAll(root.parents());
        int rootText = root.select("p").text().length();
        List<Element> furniture = new ArrayList<>(body.select(STRUCTURAL_NOISE));
        for (Element e : body.getAllElements()) {
            if (isNoiseName(e)) furniture.add(e);
        }
        for (Element e : furniture) {
            if (keep.contains(e) || e.parent() == null) continue;
            boolean insideRoot = root.equals(e) || e.parents().contains(root);
            if (insideRoot && root != body && e.normalName().equals("header") && !e.select("h1, h2").isEmpty()) {
                continue; // the article's own header: headline and standfirst
            }
            if (insideRoot && rootText > 0 && e.select("p").text().length() * 2 > rootText) continue;
            e.remove();
        }
    }

    private static boolean isNoiseName(Element e) {
        String names = e.className() + " " + e.id();
        return !names.isBlank() && NOISE_NAME.matcher(names).find();
    }

    /** Lists and blocks whose text is mostly link text (related stories, tag clouds, "read more"). */
    private static void removeLinkLists(Element root) {
        int rootText = root.text().length();
        for (Element e : root.select("ul, ol, dl, div, section, p, table")) {
            if (e.parent() == null || e == root) continue;
            int length = e.text().length();
            if (length == 0 || length * 2 > rootText) continue;
            int links = e.select("a").text().length();
            if (links > MAX_LINK_DENSITY * length) e.remove();
        }
    }

    /** Block elements become paragraphs; the headline is not repeated in the text. */
    private static List<String> paragraphs(Element root, String title) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String titleKey = title == null ? null : title.toLowerCase(Locale.ROOT);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    current.append(' ');
                }
            }

            private void flush() {
                String paragraph = ParagraphText.collapse(current.toString());
                current.setLength(0);
                if (paragraph.isEmpty()) return;
                if (titleKey != null && paragraph.toLowerCase(Locale.ROOT).equals(titleKey)) return;
                out.add(paragraph);
            }
        }, root);
        String rest = ParagraphText.collapse(current.toString());
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }
}
