package io.enterpriseconnect.help.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enterpriseconnect.help.HelpSourceException;
import io.enterpriseconnect.help.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionRangeTest {

    private static final ProductVersion GHES_31 = new ProductVersion("enterprise-server@3.1", "enterprise-server", "ghes", "3.1", true);
    private static final ProductVersion GHES_222 = new ProductVersion("enterprise-server@2.22", "enterprise-server", "ghes", "2.22", false);
    private static final ProductVersion GHES_221 = new ProductVersion("enterprise-server@2.21", "enterprise-server", "ghes", "2.21", false);
    private static final ProductVersion GHAE = new ProductVersion("github-ae@latest", "github-ae", "ghae", "latest", true);
    private static final VersionCatalog CATALOG = new VersionCatalog(List.of(GHES_31, GHES_222, GHES_221, GHAE), List.of(), List.of());
    private static final SourceLocation WHERE = new SourceLocation("page.md", 4, 1);

    @Test
    void releasesCompareNumericallyPartByPart() {
        assertTrue(ReleaseNumber.parse("2.22").compareTo(ReleaseNumber.parse("3.0")) < 0);
        assertTrue(ReleaseNumber.parse("2.9").compareTo(ReleaseNumber.parse("2.10")) < 0);
        assertEquals(ReleaseNumber.parse("3.0"), ReleaseNumber.parse("3.0.0"));
    }

    @Test
    void starIncludesEveryRelease() {
        assertTrue(VersionRange.parse("*").includes(GHES_221));
        assertTrue(VersionRange.parse("*").includes(GHAE));
    }

    @Test
    void comparatorsBoundTheRange() {
        assertTrue(VersionRange.parse(">=2.22").includes(GHES_222));
        assertFalse(VersionRange.parse(">=2.22").includes(GHES_221));
        assertTrue(VersionRange.parse("<3.1").includes(GHES_222));
        assertFalse(VersionRange.parse("<3.1").includes(GHES_31));
        assertTrue(VersionRange.parse(">2.21 <3.1").includes(GHES_222));
        assertFalse(VersionRange.parse(">2.21 <3.1").includes(GHES_221));
    }

    @Test
    void malformedRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(">= three"));
    }

    @Test
    void frontMatterAcceptsBothSpellingsOfAPlan() {
        PageVersions longNames = PageVersions.parse(Map.of("enterprise-server", ">=2.22", "github-ae", "*"), CATALOG, WHERE);
        PageVersions shortNames = PageVersions.parse(Map.of("ghes", ">=2.22", "ghae", "*"), CATALOG, WHERE);
        assertEquals(List.of(GHES_31, GHES_222, GHAE), longNames.renderedIn(CATALOG));
        assertEquals(longNames.renderedIn(CATALOG), shortNames.renderedIn(CATALOG));
    }

    @Test
    void unknownVersionInFrontMatterIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class,
                () -> PageVersions.parse(Map.of("enterprise-cloud", "*"), CATALOG, WHERE));
        assertTrue(error.getMessage().startsWith("page.md:4:1: unknown version 'enterprise-cloud' in 'versions'"), error.getMessage());
    }

    @Test
    void missingVersionsIsAnError() {
        HelpSourceException error = assertThrows(HelpSourceException.class, () -> PageVersions.parse(null, CATALOG, WHERE));
        assertEquals("page.md:4:1: 'versions' is required", error.getMessage());
    }
}
