package io.enterpriseconnect.help.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * GFM tables as upstream's parser read them: consecutive lines that each hold a pipe after their first
 * character, the second of them made of pipes, dashes, colons and spaces only. Every row has as many cells as
 * the alignment row has columns, padded with empty cells or cut.
 */
final class TableReader {

    private enum Align { UNSET, NONE, LEFT, CENTER, RIGHT }

    private TableReader() {
    }

    /** Reads a table starting at {@code at} into {@code parent}; answers where it ends, or -1. */
    static int read(String text, int at, Node parent, InlineTexts inlines) {
        List<String> lines = new ArrayList<>();
        int index = at;
        int end = at;
        while (index <= text.length()) {
            int lineIndex = text.indexOf('\n', index);
            if (lineIndex == -1) {
                lineIndex = text.length();
            }
            if (!holdsPipe(text, index + 1, lineIndex)) {
                if (lines.size() < 2) {
                    return -1;
                }
                break;
            }
            lines.add(text.substring(index, lineIndex));
            end = lineIndex;
            index = lineIndex + 1;
        }
        List<Align> alignments = alignments(lines.get(1));
        if (alignments == null || alignments.isEmpty()) {
            return -1;
        }
        TableBlock table = new TableBlock();
        TableHead head = new TableHead();
        table.appendChild(head);
        head.appendChild(row(lines.get(0), true, alignments, inlines));
        if (lines.size() > 2) {
            TableBody body = new TableBody();
            table.appendChild(body);
            for (String line : lines.subList(2, lines.size())) {
                body.appendChild(row(line, false, alignments, inlines));
            }
        }
        parent.appendChild(table);
        return end;
    }

    private static boolean holdsPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    private static List<Align> alignments(String line) {
        List<Align> align = new ArrayList<>();
        Align alignment = Align.UNSET;
        boolean hasDash = false;
        boolean first = true;
        for (int i = 0; i < line.length(); i++) {
            char character = line.charAt(i);
            if (character == '|') {
                hasDash = false;
                if (alignment == Align.UNSET) {
                    if (!first) {
                        return null;
                    }
                } else {
                    align.add(alignment);
                    alignment = Align.UNSET;
                }
                first = false;
            } else if (character == '-') {
                hasDash = true;
                alignment = alignment == Align.UNSET ? Align.NONE : alignment;
            } else if (character == ':') {
                if (alignment == Align.LEFT) {
                    alignment = Align.CENTER;
                } else if (hasDash && alignment == Align.NONE) {
                    alignment = Align.RIGHT;
                } else {
                    alignment = Align.LEFT;
                }
            } else if (!JsText.isWhitespace(character)) {
                return null;
            }
        }
        if (alignment != Align.UNSET) {
            align.add(alignment);
        }
        return align;
    }

    private static TableRow row(String line, boolean header, List<Align> alignments, InlineTexts inlines) {
        List<String> cells = cells(line);
        TableRow row = new TableRow();
        for (int i = 0; i < alignments.size(); i++) {
            TableCell cell = new TableCell();
            cell.setHeader(header);
            cell.setAlignment(switch (alignments.get(i)) {
                case LEFT -> TableCell.Alignment.LEFT;
                case CENTER -> TableCell.Alignment.CENTER;
                case RIGHT -> TableCell.Alignment.RIGHT;
                default -> null;
            });
            if (i < cells.size()) {
                inlines.add(cell, cells.get(i));
            }
            row.appendChild(cell);
        }
        return row;
    }

    /** The cells of a row: split at pipes that are neither escaped nor inside a code span, trimmed. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder queue = new StringBuilder();
        StringBuilder cell = new StringBuilder();
        boolean preamble = true;
        int opening = 0;
        int length = line.length() + 1;
        for (int index = 0; index < length; index++) {
            char character = JsText.charAt(line, index);
            if (character == '\t' || character == ' ') {
                if (!cell.isEmpty()) {
                    queue.append(character);
                }
                continue;
            }
            if (character == JsText.END || character == '|') {
                if (!preamble) {
                    if (character != JsText.END && opening > 0) {
                        queue.append(character);
                        continue;
                    }
                    if (!cell.isEmpty() || character != JsText.END) {
                        cells.add(cell.toString());
                    }
                    queue.setLength(0);
                    cell.setLength(0);
                }
            } else {
                if (!queue.isEmpty()) {
                    cell.append(queue);
                    queue.setLength(0);
                }
                cell.append(character);
                if (character == '\\' && index != length - 2) {
                    cell.append(JsText.charAt(line, index + 1));
                    index++;
                }
                if (character == '`') {
                    int count = 1;
                    while (JsText.charAt(line, index + 1) == character) {
                        cell.append(character);
                        index++;
                        count++;
                    }
                    if (opening == 0) {
                        opening = count;
                    } else if (count >= opening) {
                        opening = 0;
                    }
                }
            }
            preamble = false;
        }
        return cells;
    }
}
