package io.enterpriseconnect.help.markdown;

import static io.enterpriseconnect.help.markdown.JsText.END;
import static io.enterpriseconnect.help.markdown.JsText.charAt;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;

/**
 * Lists by upstream's pre-CommonMark rules, which writers of numbered steps relied on:
 * <ul>
 *   <li>a line that starts with any space or tab belongs to the current item, however little it is indented;</li>
 *   <li>an unindented line continues the item too (lazily) unless a blank line, a heading, a code fence, a
 *       thematic break or a link definition comes first; two blank lines in a row end the list;</li>
 *   <li>an item's lines lose their smallest indentation, or none at all when one of them is not indented;</li>
 *   <li>a list is loose (its paragraphs wrapped in {@code <p>}) when a blank line separates two items or any item
 *       holds a blank line followed by more content, even inside a code block.</li>
 * </ul>
 */
final class ListReader {


    /** An item's lines: a range of the text, and whether blank lines separate it from the next item. */
    private static final class Item {
        final int start;
        final int indent;
        int end;
        boolean blankAfter;

        Item(int start, int end, int indent) {
            this.start = start;
            this.end = end;
            this.indent = indent;
        }

        String value(String text) {
            return blankAfter ? text.substring(start, end) + "\n" : text.substring(start, end);
        }
    }

    private ListReader() {
    }

    /** Whether a list item starts at {@code at}. */
    static boolean starts(String text, int at) {
        int index = at;
        int size = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '\t') {
                size += 4 - size % 4;
            } else if (character == ' ') {
                size++;
            } else {
                break;
            }
            index++;
        }
        if (size >= 4) {
            return false;
        }
        char character = charAt(text, index);
        if (character != '*' && character != '+' && character != '-') {
            int digits = index;
            while (JsText.isDecimal(charAt(text, index))) {
                index++;
            }
            if (index == digits || charAt(text, index) != '.') {
                return false;
            }
        }
        character = charAt(text, ++index);
        return character == ' ' || character == '\t' || character == '\n' || character == END;
    }

    /** Reads the list starting at {@code at} into {@code parent}; answers where it ends, or -1 when no item could be read. */
    static int read(BlockReader reader, String text, int at, org.commonmark.node.Node parent) {
        char first = firstMarker(text, at);
        boolean ordered = first != '*' && first != '+' && first != '-';
        char marker = ordered ? '.' : first;
        Integer start = ordered ? startNumber(text, at) : null;
        List<Item> items = new ArrayList<>();
        boolean emptyLines = false;
        Item item = null;
        boolean spread = false;
        boolean empty = false;
        int end = at;
        int index = at;
        int length = text.length();
        while (index < length) {
            int nextIndex = text.indexOf('\n', index);
            int startIndex = index;
            boolean prefixed = false;
            boolean indented = false;
            if (nextIndex == -1) {
                nextIndex = length;
            }
            int size = 0;
            while (index < length) {
                char character = text.charAt(index);
                if (character == '\t') {
                    size += 4 - size % 4;
                } else if (character == ' ') {
                    size++;
                } else {
                    break;
                }
                index++;
            }
            if (size >= 4 || item != null && size >= item.indent) {
                indented = true;
            }
            char character = charAt(text, index);
            char currentMarker = END;
            if (!indented) {
                if (character == '*' || character == '+' || character == '-') {
                    currentMarker = character;
                    index++;
                    size++;
                } else {
                    int digits = index;
                    while (index < length && JsText.isDecimal(text.charAt(index))) {
                        index++;
                    }
                    character = charAt(text, index);
                    index++;
                    if (index - 1 > digits && character == '.') {
                        currentMarker = character;
                        size += index - digits;
                    }
                }
                if (currentMarker != END) {
                    character = charAt(text, index);
                    if (character == '\t') {
                        size += 4 - size % 4;
                        index++;
                    } else if (character == ' ') {
                        int spacesEnd = index + 4;
                        while (index < spacesEnd && charAt(text, index) == ' ') {
                            index++;
                            size++;
                        }
                        if (index == spacesEnd && charAt(text, index) == ' ') {
                            index -= 3;
                            size -= 3;
                        }
                    } else if (character != '\n' && character != END) {
                        currentMarker = END;
                    }
                }
            }
            if (currentMarker != END) {
                if (marker != currentMarker) {
                    break;
                }
                prefixed = true;
            } else {
                if (!indented && (charAt(text, startIndex) == ' ' || charAt(text, startIndex) == '\t')) {
                    indented = true;
                }
                index = startIndex;
            }
            int contentStart = startIndex == index ? startIndex : Math.min(index, nextIndex);
            if ((currentMarker == '*' || currentMarker == '-') && LeafBlocks.thematicBreak(text, startIndex) >= 0) {
                break;
            }
            boolean prevEmpty = empty;
            empty = !prefixed && JsText.isBlank(text, contentStart, nextIndex);
            if (indented && item != null) {
                item.end = nextIndex;
                emptyLines = false;
                end = nextIndex;
            } else if (prefixed) {
                if (emptyLines) {
                    spread = true;
                    item.blankAfter = true;
                }
                item = new Item(startIndex, nextIndex, size);
                items.add(item);
                emptyLines = false;
                end = nextIndex;
            } else if (empty) {
                if (prevEmpty) {
                    break;
                }
                emptyLines = true;
            } else {
                if (prevEmpty || interruptsList(text, startIndex, nextIndex)) {
                    break;
                }
                item.end = nextIndex;
                emptyLines = false;
                end = nextIndex;
            }
            index = nextIndex + 1;
        }
        if (items.isEmpty()) {
            return -1;
        }
        ListBlock list = ordered ? orderedList(start) : new BulletList();
        boolean loose = spread;
        for (Item each : items) {
            String content = itemContent(each.value(text));
            loose |= holdsBlankLineBeforeContent(content);
            ListItem listItem = new ListItem();
            list.appendChild(listItem);
            reader.inItem().read(content, listItem);
        }
        list.setTight(!loose);
        parent.appendChild(list);
        return end;
    }

    /** Whether an item's content has a blank line with more content after it: what made upstream's lists loose. */
    private static boolean holdsBlankLineBeforeContent(String content) {
        int blank = content.indexOf("\n\n");
        return blank >= 0 && !JsText.isBlank(content, blank + 2, content.length());
    }

    /** Whether the line from {@code at} to {@code lineEnd} starts a block that ends a list instead of continuing it lazily. */
    private static boolean interruptsList(String text, int at, int lineEnd) {
        return LeafBlocks.atxHeading(text, at) != null || CodeBlocks.fencedCode(text, at, null) >= 0
                || LeafBlocks.thematicBreak(text, at) >= 0
                || LeafBlocks.firstAfterSpaces(text, at) == '[' && LeafBlocks.definition(text.substring(at, lineEnd), 0) != null;
    }

    private static OrderedList orderedList(Integer start) {
        OrderedList list = new OrderedList();
        list.setMarkerStartNumber(start);
        list.setMarkerDelimiter(".");
        return list;
    }

    private static char firstMarker(String text, int at) {
        int index = at;
        while (text.charAt(index) == ' ' || text.charAt(index) == '\t') {
            index++;
        }
        return text.charAt(index);
    }

    private static int startNumber(String text, int at) {
        int index = at;
        while (text.charAt(index) == ' ' || text.charAt(index) == '\t') {
            index++;
        }
        int digits = index;
        while (JsText.isDecimal(text.charAt(index))) {
            index++;
        }
        String number = text.substring(digits, index);
        return number.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(number);
    }

    /** Whether a marker reads as a number below ten in JavaScript ({@code "1."} does, {@code "1)"} and {@code "-"} do not). */
    private static boolean isSmallNumber(String marker) {
        if (marker.length() < 2 || !marker.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < marker.length() - 2; i++) {
            if (marker.charAt(i) != '0') {
                return false;
            }
        }
        return JsText.isDecimal(marker.charAt(marker.length() - 2));
    }

    /**
     * The item without its bullet, its lines without their common indentation. A bullet of odd width before a
     * one-digit number (such as {@code "1. "}) counts one column wider, so that text aligned under the number's
     * second column still loses its indentation.
     */
    private static String itemContent(String value) {
        int index = 0;
        while (index < value.length() && (value.charAt(index) == ' ' || value.charAt(index) == '\t')) {
            index++;
        }
        String leading = value.substring(0, index);
        int markerStart = index;
        if (index < value.length() && "*+-".indexOf(value.charAt(index)) >= 0) {
            index++;
        } else {
            while (index < value.length() && JsText.isDecimal(value.charAt(index))) {
                index++;
            }
            index++;
        }
        String number = value.substring(markerStart, Math.min(index, value.length()));
        int spaces = 0;
        while (index + spaces < value.length() && value.charAt(index + spaces) == ' ') {
            spaces++;
        }
        String spacing;
        if (spaces > 0) {
            spacing = spaces <= 4 ? " ".repeat(spaces) : " ";
        } else {
            spacing = JsText.charAt(value, index) == '\t' ? "\t" : "";
        }
        int restStart = index + spacing.length();
        int lineEnd = value.indexOf('\n', restStart);
        String rest = value.substring(Math.min(restStart, value.length()), lineEnd < 0 ? value.length() : lineEnd);
        int width = number.length();
        if (isSmallNumber(number) && (leading.length() + number.length() + spacing.length()) % 2 == 1) {
            width++;
        }
        String max = leading + " ".repeat(width) + spacing;
        String[] lines = (max + rest + (lineEnd < 0 ? "" : value.substring(lineEnd))).split("\n", -1);
        String[] trimmed = Indentation.remove(lines, Indentation.width(max));
        trimmed[0] = rest;
        return String.join("\n", trimmed);
    }
}
