package dev.precis.extract;

import dev.precis.engine.MalformedDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Bounds decompression before PDFBox sees a file. PDFBox inflates a stream fully into memory when
 * it reads it, so a small file with a deflate bomb could exhaust the heap. This scans the raw bytes
 * for {@code stream ... endstream}, inflates each zlib stream into a scratch buffer that is thrown
 * away, and fails the document when the total (images apart, which text extraction never decodes)
 * or any single stream would exceed the limit. No PDFBox classes: it runs in constant memory.
 */
final class PdfStreamGuard {
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] IMAGE = "/Image".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OBJ = "obj".getBytes(StandardCharsets.ISO_8859_1);
    /** How far back from "stream" the stream's dictionary is looked for. */
    private static final int DICTIONARY_WINDOW = 2048;

    private PdfStreamGuard() {}

    /**
     * @param deadline {@link System#nanoTime()} after which the document has spent its time budget
     * @throws MalformedDocumentException when the streams inflate beyond the limit or the time runs out
     */
    static void check(byte[] pdf, long maxInflatedBytes, long deadline) {
        long total = 0;
        byte[] scratch = new byte[64 * 1024];
        int at = indexOf(pdf, STREAM, 0, pdf.length);
        while (at >= 0) {
            int start = dataStart(pdf, at);
            int end = start < 0 ? -1 : indexOf(pdf, ENDSTREAM, start, pdf.length);
            if (start >= 0) {
                if (end < 0) end = pdf.length;
                long inflated = inflatedSize(pdf, start, end, maxInflatedBytes, scratch, deadline);
                if (inflated > maxInflatedBytes) throw tooLarge(maxInflatedBytes);
                if (!isImage(pdf, at)) {
                    total += inflated;
                    if (total > maxInflatedBytes) throw tooLarge(maxInflatedBytes);
                }
            }
            int next = (end >= 0 ? end + ENDSTREAM.length : at + STREAM.length);
            at = indexOf(pdf, STREAM, next, pdf.length);
        }
    }

    private static MalformedDocumentException tooLarge(long max) {
        return new MalformedDocumentException("PDF streams inflate beyond the limit of " + max + " bytes");
    }

    /** Where the data of a "stream" keyword starts (after its end of line), or -1 when it is "endstream". */
    private static int dataStart(byte[] pdf, int at) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') return -1;
        int i = at + STREAM.length;
        if (i < pdf.length && pdf[i] == '\r') i++;
        if (i < pdf.length && pdf[i] == '\n') return i + 1;
        return i > at + STREAM.length ? i : -1;
    }

    /** Bytes the zlib data at start..end inflates to, counted up to just past the limit; 0 when not zlib. */
    private static long inflatedSize(byte[] pdf, int start, int end, long limit, byte[] scratch, long deadline) {
        if (end - start < 2 || !isZlibHeader(pdf[start], pdf[start + 1])) return 0;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, start, end - start);
            long total = 0;
            while (!inflater.finished() && total <= limit) {
                int n = inflater.inflate(scratch);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                total += n;
                if ((total & 0xFFFFF) < n && System.nanoTime() > deadline) {
                    throw new MalformedDocumentException("PDF extraction exceeded the time budget");
                }
            }
            return total;
        } catch (DataFormatException e) {
            return 0; // not deflate after all, or damaged: PDFBox decides
        } finally {
            inflater.end();
        }
    }

    private static boolean isZlibHeader(byte cmf, byte flg) {
        int c = cmf & 0xFF;
        int f = flg & 0xFF;
        return (c & 0x0F) == 8 && (c >> 4) <= 7 && (c * 256 + f) % 31 == 0;
    }

    /** Whether the dictionary before this stream (after the last "obj") names it an image. */
    private static boolean isImage(byte[] pdf, int at) {
        int from = Math.max(0, at - DICTIONARY_WINDOW);
        int obj = lastIndexOf(pdf, OBJ, from, at);
        return indexOf(pdf, IMAGE, obj < 0 ? from : obj, at) >= 0;
    }

    private static int indexOf(byte[] data, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] needle, int from, int to) {
        outer:
        for (int i = to - needle.length; i >= from; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (data[i + k] != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
