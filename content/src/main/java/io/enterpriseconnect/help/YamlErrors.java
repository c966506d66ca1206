package io.enterpriseconnect.help;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error placed where the writer has to fix it. SnakeYAML marks where it gave up: for an unclosed
 * quote or bracket that is the end of the file, and for a line missing its {@code :} the line after; the fault is
 * where the quote, bracket or key began, which SnakeYAML gives as the error's context mark.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /**
     * @param yaml      the text SnakeYAML read
     * @param firstLine the line of {@code file} on which that text starts
     */
    public static HelpSourceException of(MarkedYAMLException e, String yaml, String file, int firstLine) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        boolean atEnd = problem == null || yaml.substring(Math.min(problem.getIndex(), yaml.length())).isBlank();
        boolean beforeKey = e.getContext() != null && e.getContext().startsWith("while scanning a simple key");
        boolean useContext = context != null && (atEnd || beforeKey);
        Mark mark = useContext ? context : problem;
        String reason = useContext ? e.getContext().replaceFirst("^while (scanning|parsing) ", "") + " that starts here: " + e.getProblem()
                : e.getProblem();
        SourceLocation where = mark == null ? new SourceLocation(file, firstLine, 1)
                : new SourceLocation(file, firstLine + mark.getLine(), mark.getColumn() + 1);
        return new HelpSourceException(where, "YAML syntax error: " + reason, e);
    }
}
