package io.enterpriseconnect.instance.contributions.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sync: when, started how and by whom, on which node, its progress and how it ended. */
@Entity
@Table(name = "contribution_sync_run")
public class SyncRun {

    /** Why a sync started. */
    public enum Trigger {
        SCHEDULE,
        MANUAL
    }

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private Trigger trigger;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(nullable = false, length = 200)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(nullable = false)
    private int batches;

    @Column(name = "users_restored", nullable = false)
    private int usersRestored;

    @Column(nullable = false)
    private int deletions;

    @Column(length = 1000)
    private String error;

    protected SyncRun() {
    }

    public SyncRun(Trigger trigger, String startedBy, String node, Instant startedAt) {
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.node = node;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    public void finish(Status outcome, String failure, Instant at) {
        status = outcome;
        error = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getNode() {
        return node;
    }

    public Status getStatus() {
        return status;
    }

    public long getRowsTotal() {
        return rowsTotal;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public int getBatches() {
        return batches;
    }

    public int getUsersRestored() {
        return usersRestored;
    }

    public int getDeletions() {
        return deletions;
    }

    public String getError() {
        return error;
    }
}
