package io.enterpriseconnect.instance.audit;

import io.enterpriseconnect.instance.audit.domain.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the {@link Audited} command running on this thread says it did: the detail recorded on
 * success, and the outcome when it is not plain success (a deletion left pending, a check that
 * failed without an exception). Opened and closed by {@link AuditInterceptor} around each call.
 */
@ApplicationScoped
public class AuditTrail {

    /** One audited call: success with no detail until the command says otherwise. */
    static final class Entry {

        AuditOutcome outcome = AuditOutcome.SUCCESS;
        String detail;
    }

    private final ThreadLocal<Deque<Entry>> open = ThreadLocal.withInitial(ArrayDeque::new);

    /** The command succeeded and did {@code detail}. */
    public void done(String detail) {
        record(AuditOutcome.SUCCESS, detail);
    }

    /** The command ended with this outcome (pending, or failed without throwing). */
    public void record(AuditOutcome outcome, String detail) {
        Entry entry = open.get().peek();
        if (entry == null) {
            throw new IllegalStateException("Not inside an @Audited call");
        }
        entry.outcome = outcome;
        entry.detail = detail;
    }

    Entry open() {
        Entry entry = new Entry();
        open.get().push(entry);
        return entry;
    }

    void close() {
        Deque<Entry> entries = open.get();
        entries.pop();
        if (entries.isEmpty()) {
            open.remove();
        }
    }
}
