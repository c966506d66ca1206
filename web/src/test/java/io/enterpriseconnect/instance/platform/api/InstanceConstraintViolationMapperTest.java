package io.enterpriseconnect.instance.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enterpriseconnect.instance.audit.AuditService;
import io.enterpriseconnect.instance.connect.ConnectService;
import io.enterpriseconnect.instance.contributions.ContributionService;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The façades' constraints as Hibernate Validator (the servers' implementation) reports them, mapped to the error body. */
class InstanceConstraintViolationMapperTest {

    private static ValidatorFactory validation;
    private static Locale defaultLocale;

    @BeforeAll
    static void english() {
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void restore() {
        validation.close();
        Locale.setDefault(defaultLocale);
    }

    @Test
    void aBadEntryIsNamedByItsIndexAndField() {
        List<ContributionService.Entry> counts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counts.add(new ContributionService.Entry("mona", "2026-01-01", 1));
        }
        counts.set(3, new ContributionService.Entry("mona", " ", 1));
        counts.set(10, new ContributionService.Entry("mona", "2026-01-01", -1));

        InstanceApiError error = recordError(new ContributionService.Batch(counts));

        assertEquals(new InstanceApiError(400, "counts[3].day is missing", "counts[3].day"), error);
    }

    @Test
    void indexesCompareAsNumbers() {
        List<ContributionService.Entry> counts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counts.add(new ContributionService.Entry("mona", "2026-01-01", 1));
        }
        counts.set(2, new ContributionService.Entry("mona", "2026-01-01", 100_001));
        counts.set(10, new ContributionService.Entry(null, "2026-01-01", 1));

        assertEquals("counts[2].count", recordError(new ContributionService.Batch(counts)).field());
    }

    @Test
    void anEntryThatIsNotAnObjectAndAnEmptyListAreNamed() {
        assertEquals(new InstanceApiError(400, "counts[1] is not an object", "counts[1]"), recordError(
                new ContributionService.Batch(Arrays.asList(new ContributionService.Entry("mona", "2026-01-01", 0),
                        null))));
        assertEquals(new InstanceApiError(400, "counts must list at least one {login, day, count}", "counts"),
                recordError(new ContributionService.Batch(List.of())));
    }

    @Test
    void aParameterValidatedItselfIsNamedByItsName() throws NoSuchMethodException {
        InstanceApiError error = error(new AuditService(), AuditService.class.getMethod("latest", int.class), 0);

        assertEquals(new InstanceApiError(400, "limit must be a number between 1 and 500", "limit"), error);
    }

    @Test
    void aMissingCodeIsReportedAsMissingBeforeItsShape() throws NoSuchMethodException {
        Method complete = ConnectService.class.getMethod("complete", String.class, String.class);

        assertEquals(new InstanceApiError(400, "code is missing", "code"), error(new ConnectService(), complete, "",
                "a-state"));
        assertEquals(new InstanceApiError(400, "state is not a value the cloud issues", "state"),
                error(new ConnectService(), complete, "a-code", "no/such"));
    }

    private static InstanceApiError recordError(ContributionService.Batch batch) {
        try {
            return error(new ContributionService(), ContributionService.class.getMethod("record",
                    ContributionService.Batch.class), batch);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> InstanceApiError error(T bean, Method method, Object... arguments) {
        var violations = validation.getValidator().forExecutables().validateParameters(bean, method, arguments);
        return InstanceConstraintViolationMapper.error(new ConstraintViolationException(violations));
    }
}
