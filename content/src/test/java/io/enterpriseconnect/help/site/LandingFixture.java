package io.enterpriseconnect.help.site;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small product with upstream's two landing layouts: a product landing with featured links and a guides page with
 * learning tracks and included guides, over a handful of articles in English and Japanese.
 */
final class LandingFixture {

    static final String VERSIONS = """
            versions:
              - {id: enterprise-server@3.1, plan: enterprise-server, shortName: ghes, release: '3.1', latest: true}
              - {id: enterprise-server@3.0, plan: enterprise-server, shortName: ghes, release: '3.0', latest: false}
              - {id: github-ae@latest, plan: github-ae, shortName: ghae, release: latest, latest: true}
            deprecatedEnterpriseServerReleases: ['2.22', '2.21']
            """;

    private final HelpSourceFixture sources;
    private Map<String, String> site;
    private SiteBuilder.Result result;

    LandingFixture(Path root) {
        sources = new HelpSourceFixture(root).write("versions.yml", VERSIONS);
        sources.write("en/data/ui.yml", """
                toc:
                  guides: Guides
                  popular: Popular
                  whats_new: What's new
                product_landing:
                  overview: Overview
                  supported_releases: Supported releases
                  upgrade_from: Upgrade from
                  browse_all_docs: Browse all docs
                  explore_release_notes: Explore release notes
                product_sublanding:
                  start: Start
                  start_path: Start path
                  learning_paths: '{{ productMap[currentProduct].name }} learning paths'
                  learning_paths_desc: Learning paths are a collection of guides.
                  guides: '{{ productMap[currentProduct].name }} guides'
                  more_guides: more guides
                  all_guides: 'All {{ productMap[currentProduct].name }} guides'
                  guide_types:
                    overview: Overview
                    how_to: How-to guide
                """);
        sources.write("ja-JP/data/ui.yml", """
                toc:
                  guides: ガイド
                product_sublanding:
                  guide_types:
                    how_to: ハウツーガイド
                """);
        sources.write("en/content/admin/index.md", HelpSourceFixture.article("""
                title: Admin documentation
                shortTitle: Admin
                intro: 'Run {% data variables.product.product_name %}.'
                layout: product-landing
                introLinks:
                  overview: '{% ifversion ghes %}/admin/overview/system{% endif %}'
                changelog:
                  label: enterprise
                featuredLinks:
                  guides:
                    - /admin/overview/system
                    - '{% ifversion ghae %}/admin/overview/cloud{% endif %}'
                    - /admin/old/backups
                  guideCards:
                    - /admin/overview/system
                  popular:
                    - /admin/overview/cloud
                    - /github/not-in-this-help
                versions:
                  ghes: '*'
                  ghae: '*'
                children:
                  - /overview
                  - /guides
                  - /release-notes
                """, ""));
        sources.write("en/content/admin/release-notes.md", HelpSourceFixture.article("""
                title: Release notes
                layout: release-notes
                versions:
                  ghes: '*'
                  ghae: '*'
                """, ""));
        sources.write("en/content/admin/guides.md", HelpSourceFixture.article("""
                title: Admin guides
                shortTitle: Guides
                intro: 'Learn to run it.'
                layout: product-sublanding
                versions:
                  ghes: '*'
                  ghae: '*'
                learningTracks:
                  - deploy
                  - '{% ifversion ghes %}upgrade{% endif %}'
                  - cloud_only
                includeGuides:
                  - /admin/overview/system
                  - /admin/overview/cloud
                """, ""));
        sources.write("en/data/learning-tracks/admin.yml", """
                deploy:
                  title: 'Deploy {% data variables.product.product_name %}'
                  description: 'Install it.'
                  featured_track: '{% ifversion ghes %}true{% else %}false{% endif %}'
                  guides:
                    - /admin/overview/system
                upgrade:
                  title: 'Upgrade your instance'
                  description: 'Stay current.'
                  guides:
                    - /admin/overview/system
                    - /admin/old/backups
                    - /admin/overview/system
                    - /admin/overview/backups
                    - /admin/overview/system
                cloud_only:
                  title: 'Cloud'
                  description: 'Only in the cloud.'
                  guides:
                    - /admin/overview/cloud
                """);
        sources.write("ja-JP/data/learning-tracks/admin.yml", """
                upgrade:
                  title: 'インスタンスのアップグレード'
                """);
        sources.write("en/content/admin/overview/index.md", HelpSourceFixture.article("""
                title: Overview
                versions:
                  ghes: '*'
                  ghae: '*'
                children:
                  - /system
                  - /backups
                  - /cloud
                """, ""));
        sources.write("en/content/admin/overview/system.md", HelpSourceFixture.article("""
                title: System overview for administrators
                shortTitle: System overview
                intro: 'One two three four five six seven eight nine ten eleven twelve thirteen.'
                type: overview
                topics:
                  - Enterprise
                  - Fundamentals
                versions:
                  ghes: '*'
                """, "Text.\n"));
        sources.write("ja-JP/content/admin/overview/system.md", HelpSourceFixture.article("""
                title: システムの概要
                intro: 'システムの紹介です。'
                type: overview
                topics:
                  - Enterprise
                versions:
                  ghes: '*'
                """, "テキスト。\n"));
        sources.write("en/content/admin/overview/backups.md", HelpSourceFixture.article("""
                title: Configuring backups
                intro: 'Back up &amp; restore.'
                type: how_to
                redirect_from:
                  - /enterprise/admin/old/backups
                versions:
                  ghes: '*'
                """, "Text.\n"));
        sources.write("en/content/admin/overview/cloud.md", HelpSourceFixture.article("""
                title: About the cloud
                intro: 'It runs for you.'
                type: how_to
                versions:
                  ghae: '*'
                """, "Text.\n"));
    }

    /** The rendered page at a path such as {@code en/enterprise-server@3.1/admin}. */
    Document page(String path) {
        String html = built().get(path + "/index.html");
        if (html == null) {
            throw new AssertionError("no page " + path);
        }
        return Jsoup.parse(html);
    }

    TranslationReport report() {
        built();
        return result.report();
    }

    private Map<String, String> built() {
        if (site == null) {
            SiteBuilder.Result[] results = new SiteBuilder.Result[1];
            site = sources.build(results);
            result = results[0];
            if (!result.errors().isEmpty()) {
                throw new AssertionError(result.errors());
            }
        }
        return site;
    }
}
