package io.enterpriseconnect.instance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.platform.ConflictException;
import io.enterpriseconnect.instance.platform.InvalidInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleViewTest {

    @Test
    void aRefusalWithAKeyIsShownInTheUsersLanguageWithItsValues() {
        RuntimeException cancelled = new ConflictException("Connecting was cancelled on the cloud (access_denied); "
                + "GitHub Connect stays enabled and not connected").as("connect.cancelled", "access_denied");

        assertEquals("クラウドで接続がキャンセルされました (access_denied)。GitHub Connect は有効で、未接続のままです",
                ConsoleView.describe(cancelled, Locale.JAPANESE));
        assertEquals(cancelled.getMessage(), ConsoleView.describe(cancelled, Locale.ENGLISH));
    }

    @Test
    void aRefusalWithoutAKeyIsShownAsItCame() {
        RuntimeException plain = new InvalidInputException("from", "is after to");

        assertEquals("from is after to", ConsoleView.describe(plain, Locale.JAPANESE));
    }

    @Test
    void aBadFieldIsNamedWithTheMessageInTheUsersLanguage() throws NoSuchMethodException {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            var violations = validation.getValidator().forExecutables().validateParameters(new ConnectService(),
                    ConnectService.class.getMethod("complete", String.class, String.class), new Object[] {null, "s"});
            RuntimeException invalid = new ConstraintViolationException(violations);

            assertEquals("code がありません", ConsoleView.describe(invalid, Locale.JAPANESE));
            assertEquals("code is missing", ConsoleView.describe(invalid, Locale.ENGLISH));
        }
    }
}
