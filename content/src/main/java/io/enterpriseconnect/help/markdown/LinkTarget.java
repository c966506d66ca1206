package io.enterpriseconnect.help.markdown;

import io.enterpriseconnect.help.versions.ProductVersion;

/** The language (URL code, {@code en} or {@code ja}) and version that local links of a page must point into. */
public record LinkTarget(String language, ProductVersion version) {
}
