package io.enterpriseconnect.help.liquid;

import io.enterpriseconnect.help.SourceLocation;

/** A data entry a translated page used in English because the translation lacks it. */
public record DataFallback(String path, SourceLocation usedAt) {
}
