import dev.precis.extract.ExtractedText;
import dev.precis.extract.TextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;

/** One extraction in a fresh JVM: what a cold start pays for the extract step. Prints format and size only. */
public final class ExtractColdStart {
    public static void main(String[] args) throws Exception {
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        ExtractedText text = new TextExtractor().extract(content, args.length > 1 ? args[1] : null, args[0]);
        System.out.println(text.format() + " " + text.text().length());
    }
}
