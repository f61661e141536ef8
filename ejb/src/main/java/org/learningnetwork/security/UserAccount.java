package org.learningnetwork.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.learningnetwork.access.Role;
import org.learningnetwork.people.Person;

/**
 * A sign-in account for the application's own identity store: a username, a salted password hash,
 * the roles held, and the lockout state.
 *
 * <p>Invariants: usernames are unique and lower case; an account holds at least one role; an account without a
 * password hash (invited, not yet accepted) never signs in with a password; after
 * {@code maxFailures} failed sign-ins in a row it is locked until {@link #getLockedUntil()}, and a
 * correct password does not open a locked account.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @OneToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The committees whose figures the account may read as a committee viewer (by code). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_committee", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "committee_code")
    private Set<String> committees = new java.util.HashSet<>();

    /** The partnerships a coordinator works for (by id); none for one who works for every partnership. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_partnership", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "partnership_id")
    private Set<Long> partnerships = new java.util.HashSet<>();

    private boolean active = true;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** When the account's signed-in sessions were last ended: one begun before this no longer goes on. */
    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    protected UserAccount() {
    }

    /** An account; without a password hash ({@code null}) until its holder sets one by an e-mailed link. */
    public UserAccount(String username, String passwordHash, Person person, Set<Role> roles) {
        this.username = normaliseUsername(username);
        this.passwordHash = passwordHash;
        this.person = person;
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account holds at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public Person getPerson() {
        return person;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> getCommittees() {
        return Collections.unmodifiableSet(committees);
    }

    public Set<Long> getPartnerships() {
        return Collections.unmodifiableSet(partnerships);
    }

    /** Lets the account read a committee's figures (as a committee viewer). */
    public void readCommittee(String committee) {
        committees.add(committee);
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /**
     * Sets the roles held, the committees readable (only with the committee viewer's role) and the partnerships worked
     * for (only with the coordinator's).
     */
    void changeRoles(Set<Role> roles, Set<String> committees, Set<Long> partnerships) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account holds at least one role");
        }
        // A copy first: the committees given may be this account's own (a view of the set cleared next).
        Set<String> kept = new java.util.HashSet<>(committees);
        Set<Long> keptPartnerships = new java.util.HashSet<>(partnerships);
        this.roles.clear();
        this.roles.addAll(roles);
        this.committees.clear();
        if (roles.contains(Role.COMMITTEE)) {
            this.committees.addAll(kept);
        }
        this.partnerships.clear();
        if (roles.contains(Role.COORDINATOR)) {
            this.partnerships.addAll(keptPartnerships);
        }
    }

    /** Whether the holder has set a password of this application yet (an invited account has not). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getSessionsEndedAt() {
        return sessionsEndedAt;
    }

    /**
     * Ends every session signed in before {@code now} (a password changed, or an administrator signing the holder out
     * everywhere); a later time never moves back.
     */
    public void endSessions(Instant now) {
        if (sessionsEndedAt == null || now.isAfter(sessionsEndedAt)) {
            sessionsEndedAt = now;
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the one that reaches {@code maxFailures} locks the account for {@code lockFor}. */
    public void recordFailedSignIn(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedSignIns = 0;
            lockedUntil = null;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** An administrator lifts a lock before it runs out. */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }
}
