package io.enterpriseconnect.help.site;

import java.nio.file.Path;

/** File names as messages show them: relative to the working directory when inside it, so editors and CI logs can open them. */
final class SourceNames {

    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

    private SourceNames() {
    }

    static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(WORKING_DIRECTORY) ? WORKING_DIRECTORY.relativize(absolute).toString() : absolute.toString();
    }
}
