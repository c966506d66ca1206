package io.enterpriseconnect.help.liquid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** The inline SVG of GitHub's Octicons, as upstream's {@code octicon} tag writes them. */
final class Octicons {

    private static final Properties PATHS = load();

    private Octicons() {
    }

    private static Properties load() {
        Properties paths = new Properties();
        try (InputStream in = Octicons.class.getResourceAsStream("octicons.properties")) {
            paths.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    static Optional<String> svg(String name, String ariaLabel) {
        String path = PATHS.getProperty(name);
        if (path == null) {
            return Optional.empty();
        }
        String accessibility = ariaLabel == null
                ? "aria-hidden=\"true\""
                : "aria-label=\"" + escapeAttribute(ariaLabel) + "\" role=\"img\"";
        return Optional.of("<svg version=\"1.1\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" class=\"octicon octicon-"
                + name + "\" " + accessibility + ">" + path + "</svg>");
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
