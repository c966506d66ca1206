package io.enterpriseconnect.help.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a built site under a directory, such as {@code target/classes/help-site}. */
public final class DirectoryOutput implements SiteOutput {

    private final Path root;

    public DirectoryOutput(Path root) {
        this.root = root;
    }

    @Override
    public void write(String path, String content) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
