package io.enterpriseconnect.help.versions;

/**
 * One version of the product that help pages are rendered for, such as {@code enterprise-server@3.1}.
 *
 * @param id        the version as it appears in URLs and in {@code {{ currentVersion }}}
 * @param plan      the plan's long name used in front matter ({@code enterprise-server})
 * @param shortName the plan's short name used in front matter and {@code ifversion} ({@code ghes})
 * @param release   the release number, or {@code latest} for plans that are not numbered
 * @param latest    whether this is the newest release of its plan
 */
public record ProductVersion(String id, String plan, String shortName, String release, boolean latest) {

    public boolean isNumbered() {
        return ReleaseNumber.looksLikeRelease(release);
    }

    public ReleaseNumber releaseNumber() {
        return ReleaseNumber.parse(release);
    }

    /** The label of the version picker, in upstream's words. */
    public String title() {
        return switch (plan) {
            case "enterprise-server" -> "Enterprise Server " + release;
            case "github-ae" -> "GitHub AE";
            case "free-pro-team" -> "GitHub.com";
            default -> id;
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
