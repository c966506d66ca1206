package io.enterpriseconnect.instance.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times on the console: in the page's language, in UTC (the instance's days are UTC days). */
@Named("consoleTime")
@RequestScoped
public class ConsoleTime {

    @Inject
    FacesContext faces;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(faces.getViewRoot().getLocale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
