package io.enterpriseconnect.help;

/** A position in a help source file, printed the way compilers print them so editors can jump to it. */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
