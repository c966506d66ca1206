package io.enterpriseconnect.help.markdown;

import static io.enterpriseconnect.help.markdown.JsText.END;
import static io.enterpriseconnect.help.markdown.JsText.charAt;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;

/**
 * Code blocks by the rules of upstream's pre-CommonMark parser (remark-parse 7), indented and fenced. Each method
 * looks at the text from {@code at}, answers where the block ends or -1, and puts the block in {@code found} (when
 * given; without it the method only tells whether a block starts there).
 */
final class CodeBlocks {

    private CodeBlocks() {
    }

    /** Lines indented by four spaces or a tab; blank lines between them belong to the code. */
    static int indentedCode(String text, int at, IndentedCodeBlock[] found) {
        if (charAt(text, at) != '\t' && !text.startsWith("    ", at)) {
            return -1;
        }
        int length = text.length() - at;
        int subvalue = 0;
        int subvalueQueue = 0;
        StringBuilder content = new StringBuilder();
        StringBuilder contentQueue = new StringBuilder();
        boolean indent = false;
        int index = -1;
        while (++index < length) {
            char character = charAt(text, at + index);
            if (indent) {
                indent = false;
                subvalue += subvalueQueue;
                content.append(contentQueue);
                subvalueQueue = 0;
                contentQueue.setLength(0);
                if (character == '\n') {
                    subvalueQueue = 1;
                    contentQueue.append('\n');
                } else {
                    subvalue++;
                    content.append(character);
                    while (++index < length) {
                        character = charAt(text, at + index);
                        if (character == '\n') {
                            contentQueue.append('\n');
                            subvalueQueue = 1;
                            break;
                        }
                        subvalue++;
                        content.append(character);
                    }
                }
            } else if (character == ' ' && charAt(text, at + index + 1) == ' ' && charAt(text, at + index + 2) == ' '
                    && charAt(text, at + index + 3) == ' ') {
                subvalueQueue += 4;
                index += 3;
                indent = true;
            } else if (character == '\t') {
                subvalueQueue++;
                indent = true;
            } else {
                int blank = 0;
                while (character == '\t' || character == ' ') {
                    blank++;
                    character = charAt(text, at + ++index);
                }
                if (character != '\n') {
                    break;
                }
                subvalueQueue += blank + 1;
                contentQueue.append('\n');
            }
        }
        if (content.isEmpty()) {
            return -1;
        }
        if (found != null) {
            IndentedCodeBlock code = new IndentedCodeBlock();
            code.setLiteral(withFinalLineFeed(JsText.trimTrailingLines(content.toString())));
            found[0] = code;
        }
        return at + subvalue;
    }

    /**
     * A fence of three or more backticks or tildes up to a closing fence at least as long, indented less than four
     * spaces, or to the end of the text. Content lines lose as many leading spaces as the opening fence had.
     */
    static int fencedCode(String text, int at, FencedCodeBlock[] found) {
        char first = LeafBlocks.firstAfterSpaces(text, at);
        if (first != '`' && first != '~') {
            return -1;
        }
        int length = text.length() - at + 1;
        int index = 0;
        int subvalue = 0;
        char character;
        while (index < length) {
            character = charAt(text, at + index);
            if (character != ' ' && character != '\t') {
                break;
            }
            subvalue++;
            index++;
        }
        int indent = index;
        character = charAt(text, at + index);
        if (character != '~' && character != '`') {
            return -1;
        }
        index++;
        char marker = character;
        int fenceCount = 1;
        subvalue++;
        while (index < length) {
            character = charAt(text, at + index);
            if (character != marker) {
                break;
            }
            subvalue++;
            fenceCount++;
            index++;
        }
        if (fenceCount < 3) {
            return -1;
        }
        while (index < length) {
            character = charAt(text, at + index);
            if (character != ' ' && character != '\t') {
                break;
            }
            subvalue++;
            index++;
        }
        StringBuilder flag = new StringBuilder();
        StringBuilder queue = new StringBuilder();
        while (index < length) {
            character = charAt(text, at + index);
            if (character == '\n' || character == END || marker == '`' && character == marker) {
                break;
            }
            if (character == ' ' || character == '\t') {
                queue.append(character);
            } else {
                flag.append(queue).append(character);
                queue.setLength(0);
            }
            index++;
        }
        character = charAt(text, at + index);
        if (character != END && character != '\n') {
            return -1;
        }
        if (found == null) {
            return at + index;
        }
        subvalue += flag.length() + queue.length();
        StringBuilder closing = new StringBuilder();
        StringBuilder exdentedClosing = new StringBuilder();
        StringBuilder content = new StringBuilder();
        StringBuilder exdentedContent = new StringBuilder();
        while (index < length) {
            character = charAt(text, at + index);
            content.append(closing);
            exdentedContent.append(exdentedClosing);
            closing.setLength(0);
            exdentedClosing.setLength(0);
            if (character != '\n') {
                if (character != END) {
                    content.append(character);
                    exdentedClosing.append(character);
                }
                index++;
                continue;
            }
            if (!content.isEmpty()) {
                closing.append(character);
                exdentedClosing.append(character);
            } else {
                subvalue++;
            }
            queue.setLength(0);
            index++;
            while (index < length) {
                character = charAt(text, at + index);
                if (character != ' ') {
                    break;
                }
                queue.append(character);
                index++;
            }
            closing.append(queue);
            exdentedClosing.append(queue.length() > indent ? queue.substring(indent) : "");
            if (queue.length() >= 4) {
                continue;
            }
            queue.setLength(0);
            while (index < length) {
                character = charAt(text, at + index);
                if (character != marker) {
                    break;
                }
                queue.append(character);
                index++;
            }
            closing.append(queue);
            exdentedClosing.append(queue);
            if (queue.length() < fenceCount) {
                continue;
            }
            queue.setLength(0);
            while (index < length) {
                character = charAt(text, at + index);
                if (character != ' ' && character != '\t') {
                    break;
                }
                closing.append(character);
                exdentedClosing.append(character);
                index++;
            }
            if (character == END || character == '\n') {
                break;
            }
        }
        subvalue += content.length() + closing.length();
        FencedCodeBlock code = new FencedCodeBlock();
        code.setFenceCharacter(String.valueOf(marker));
        code.setOpeningFenceLength(fenceCount);
        code.setInfo(flag.toString());
        String value = JsText.trimTrailingLines(exdentedContent.toString());
        code.setLiteral(withFinalLineFeed(value));
        found[0] = code;
        return at + subvalue;
    }

    private static String withFinalLineFeed(String value) {
        return value.isEmpty() ? "" : value + "\n";
    }

}
