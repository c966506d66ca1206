package io.enterpriseconnect.help.site;

/**
 * An entry of "In this article".
 *
 * @param indent how many levels below the page's highest listed heading this one is
 */
public record MiniTocItem(String id, String text, int indent) {
}
