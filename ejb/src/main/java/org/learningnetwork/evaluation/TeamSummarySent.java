package org.learningnetwork.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** That a line manager was sent the summary of their team's month: once per manager and month. */
@Entity
@Table(name = "team_summary_sent")
@IdClass(TeamSummarySent.Key.class)
public class TeamSummarySent {

    /** The manager's id and the month's code ({@code 2026-11}). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long managerId;
        private String monthCode;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(managerId, k.managerId) && Objects.equals(monthCode, k.monthCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(managerId, monthCode);
        }
    }

    @Id
    @Column(name = "manager_id")
    private Long managerId;

    @Id
    @Column(name = "month_code")
    private String monthCode;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected TeamSummarySent() {
    }

    TeamSummarySent(Long managerId, String monthCode, Instant sentAt) {
        this.managerId = managerId;
        this.monthCode = monthCode;
        this.sentAt = sentAt;
    }
}
