package io.enterpriseconnect.instance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.instance.connect.domain.CloudCallException;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the console shows when the cloud sends the browser back: connected, cancelled, or refused. */
class CloudCallbackTest {

    /** The messages the page would show, in English. */
    static final class Shown extends ConsoleView {

        final List<String> infos = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void info(String text) {
            infos.add(text);
        }

        @Override
        public void error(String text) {
            errors.add(text);
        }

        @Override
        public void problem(RuntimeException refusal) {
            error(describe(refusal, Locale.ENGLISH));
        }
    }

    /** A flow whose completion does what the test says. */
    static final class Flow extends CloudCallback {

        final List<String> cancelledWith = new ArrayList<>();
        RuntimeException refusal;

        Flow(Shown shown) {
            messages = shown;
        }

        @Override
        protected void cancelled(String state, String error) {
            cancelledWith.add(state + "/" + error);
            throw new ConflictException("Connecting was cancelled (" + error + ")");
        }

        @Override
        protected String completed(String code, String state) {
            if (refusal != null) {
                throw refusal;
            }
            return "Connected with " + code;
        }

        @Override
        protected String page() {
            return "/admin/connect.xhtml";
        }
    }

    @Test
    void aCodeBroughtBackCompletesAndSaysWhatIsConnected() {
        Shown shown = new Shown();
        Flow flow = new Flow(shown);
        flow.setCode("abc");
        flow.setState("s1");

        assertEquals("/admin/connect.xhtml", flow.complete());
        assertEquals(List.of("Connected with abc"), shown.infos);
        assertEquals(List.of(), shown.errors);
    }

    @Test
    void anErrorBroughtBackCancelsWithTheStateAndShowsWhy() {
        Shown shown = new Shown();
        Flow flow = new Flow(shown);
        flow.setCode("abc");
        flow.setState("s1");
        flow.setError("access_denied");

        flow.complete();

        assertEquals(List.of("s1/access_denied"), flow.cancelledWith);
        assertEquals(List.of("Connecting was cancelled (access_denied)"), shown.errors);
        assertEquals(List.of(), shown.infos);
    }

    @Test
    void aRefusedOrFailedCompletionIsShownNotThrown() {
        for (RuntimeException refusal : List.of(new InvalidInputException("state", "has expired"),
                new CloudCallException(CloudCallException.Kind.UNREACHABLE, 0, "The cloud could not be reached"))) {
            Shown shown = new Shown();
            Flow flow = new Flow(shown);
            flow.setCode("abc");
            flow.setState("s1");
            flow.refusal = refusal;

            assertEquals("/admin/connect.xhtml", flow.complete());
            assertEquals(List.of(refusal.getMessage()), shown.errors);
        }
    }
}
