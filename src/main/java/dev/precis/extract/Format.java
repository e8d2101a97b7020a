package dev.precis.extract;

/** The formats Précis reads; {@link #label()} is what {@link ExtractedText#format()} reports. */
enum Format {
    TEXT("text"),
    MARKDOWN("markdown"),
    HTML("html"),
    PDF("pdf");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
