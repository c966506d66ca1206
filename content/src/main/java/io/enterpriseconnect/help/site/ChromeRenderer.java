package io.enterpriseconnect.help.site;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Map;

/** The FreeMarker templates (auto-escaping {@code .ftlh}) that put the page chrome around rendered articles. */
public final class ChromeRenderer {

    private final Template page;
    private final Template sidebar;
    private final Template notFound;
    private final Template translationReport;
    private final Template search;

    /** Loads and compiles the templates once; rendering a page only runs them. */
    public ChromeRenderer() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setClassForTemplateLoading(ChromeRenderer.class, "templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        try {
            page = configuration.getTemplate("page.ftlh");
            sidebar = configuration.getTemplate("sidebar.ftlh");
            notFound = configuration.getTemplate("not-found.ftlh");
            translationReport = configuration.getTemplate("translation-report.ftlh");
            search = configuration.getTemplate("search.ftlh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String page(Map<String, Object> model) {
        return render(page, model);
    }

    public String sidebar(Map<String, Object> model) {
        return render(sidebar, model);
    }

    public String notFound(Map<String, Object> model) {
        return render(notFound, model);
    }

    public String translationReport(Map<String, Object> model) {
        return render(translationReport, model);
    }

    /** The frame of a version's search results page, which the server fills in. */
    public String search(Map<String, Object> model) {
        return render(search, model);
    }

    /**
     * A writer without {@link java.io.StringWriter}'s synchronized buffer, which every page would pay for, over a
     * buffer that each thread reuses from page to page.
     */
    private static final class StringBuilderWriter extends Writer {
        private static final ThreadLocal<StringBuilder> BUFFERS = ThreadLocal.withInitial(() -> new StringBuilder(32 * 1024));

        private final StringBuilder buffer = BUFFERS.get();

        StringBuilderWriter() {
            buffer.setLength(0);
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            buffer.append(characters, offset, length);
        }

        @Override
        public void write(String text) {
            buffer.append(text);
        }

        @Override
        public void write(String text, int offset, int length) {
            buffer.append(text, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }

    private static String render(Template template, Map<String, Object> model) {
        try {
            StringBuilderWriter out = new StringBuilderWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template.getName() + " failed: " + e.getMessage(), e);
        }
    }
}
