package dev.precis.cli;

import dev.precis.engine.InvalidDocumentException;
import dev.precis.engine.MalformedDocumentException;
import java.util.function.Supplier;

/** Turns the engine's typed document errors into one-line messages that name the document and the reason. */
final class DocumentErrors {
    private DocumentErrors() {}

    static <T> T describe(String document, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidDocumentException e) {
            throw new CliException(document + ": " + e.reason());
        } catch (MalformedDocumentException e) {
            throw new CliException(document + ": " + e.reason());
        }
    }
}
