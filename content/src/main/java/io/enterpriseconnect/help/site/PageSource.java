package io.enterpriseconnect.help.site;

import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.liquid.Template;
import io.enterpriseconnect.help.versions.PageVersions;
import io.enterpriseconnect.help.versions.VersionCatalog;
import java.util.List;

/**
 * One language's source of a page, validated and with every Liquid field parsed, so that rendering it for
 * each version costs no parsing.
 */
public final class PageSource {

    private final SourceFile file;
    private final PageVersions versions;
    private final Template title;
    private final Template shortTitle;
    private final Template intro;
    private final Template permissions;
    private final Template product;
    private final Template body;

    private PageSource(SourceFile file, PageVersions versions, Template title, Template shortTitle, Template intro,
                       Template permissions, Template product, Template body) {
        this.file = file;
        this.versions = versions;
        this.title = title;
        this.shortTitle = shortTitle;
        this.intro = intro;
        this.permissions = permissions;
        this.product = product;
        this.body = body;
    }

    /** @throws io.enterpriseconnect.help.HelpSourceException for any problem, at its location */
    public static PageSource parse(String text, String fileName, VersionCatalog catalog, LiquidParser parser) {
        SourceFile file = FrontMatterParser.parse(text, fileName);
        FrontMatter frontMatter = file.frontMatter();
        PageVersions versions = FrontMatterSchema.validate(frontMatter, catalog);
        return new PageSource(file, versions,
                field(frontMatter, "title", parser, fileName),
                field(frontMatter, "shortTitle", parser, fileName),
                field(frontMatter, "intro", parser, fileName),
                field(frontMatter, "permissions", parser, fileName),
                field(frontMatter, "product", parser, fileName),
                parser.parse(file.body(), fileName, file.bodyLine(), 1));
    }

    private static Template field(FrontMatter frontMatter, String key, LiquidParser parser, String fileName) {
        String value = frontMatter.text(key);
        if (value == null) {
            return null;
        }
        var where = frontMatter.locationOf(key);
        return parser.parse(value, fileName, where.line(), where.column());
    }

    public SourceFile file() {
        return file;
    }

    public FrontMatter frontMatter() {
        return file.frontMatter();
    }

    public PageVersions versions() {
        return versions;
    }

    public Template title() {
        return title;
    }

    public Template shortTitle() {
        return shortTitle;
    }

    public Template intro() {
        return intro;
    }

    public Template permissions() {
        return permissions;
    }

    public Template product() {
        return product;
    }

    public Template body() {
        return body;
    }

    public List<String> children() {
        return frontMatter().texts("children");
    }

    public List<String> redirectFrom() {
        return frontMatter().texts("redirect_from");
    }

    public String layout() {
        return frontMatter().text("layout");
    }

    public int miniTocMaxHeadingLevel() {
        Object level = frontMatter().get("miniTocMaxHeadingLevel");
        return level instanceof Integer number ? number : 3;
    }
}
