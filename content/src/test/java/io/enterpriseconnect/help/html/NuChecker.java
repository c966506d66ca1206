package io.enterpriseconnect.help.html;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator, vnu) run in process over HTML strings: its HTML5 parser and
 * its schema for HTML with RDFa Lite and ARIA, as {@code vnu.jar} checks a document. One instance per thread.
 */
public final class NuChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    private final Collector collector = new Collector();

    public NuChecker() {
        try {
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker does not start", e);
        }
    }

    /** Every error (not warning) the checker finds in a whole document, as {@code line:col: message}. */
    public List<String> errors(String document) {
        collector.errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            collector.errors.add("fatal: " + e.getMessage());
        }
        return List.copyOf(collector.errors);
    }

    /** Errors in a fragment of a page's body, checked inside a minimal valid document of the given language. */
    public List<String> fragmentErrors(String bodyHtml, String language) {
        return errors("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>page</title></head><body>\n"
                + bodyHtml + "\n</body></html>\n");
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
