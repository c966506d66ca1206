package io.enterpriseconnect.instance.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    @Test
    void anUnreadableBodyIsExplainedWithTheParsersOwnReason() {
        ProcessingException e = new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new IllegalStateException("wrapped", new IOException("Unexpected char 'x' at line 1, column 2")));

        assertEquals(InstanceApiError.of(400, "The request body is not valid JSON: Unexpected char 'x' at line 1, "
                + "column 2"), UnreadableBodyMapper.error(e));
    }

    @Test
    void anUnexpectedErrorSaysOnlyWhereTheLogHasIt() {
        InstanceApiError error = InstanceUnexpectedErrorMapper.error("incident-42");

        assertEquals(500, error.status());
        assertTrue(error.message().endsWith("under incident-42"), error.message());
        assertFalse(error.message().contains("Exception"), error.message());
        assertEquals(null, error.field());
    }
}
