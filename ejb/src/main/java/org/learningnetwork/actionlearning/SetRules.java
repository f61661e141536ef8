package org.learningnetwork.actionlearning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.platform.RejectedException.Problem;

/**
 * The rules of sets and their members, apart from the database: who may ask to join and how, where an answer takes
 * them, whether a place is free, and the dates of a series of meetings.
 */
public final class SetRules {

    /** The most meetings one series adds (two years of monthly meetings). */
    public static final int SERIES_MAX = 24;

    private SetRules() {
    }

    /** A meeting's start and end. */
    public record Slot(Instant startsAt, Instant endsAt) {
    }

    /** Where a person stands from whom nothing is pending: none yet, declined, or left. */
    private static final Set<MemberStatus> MAY_ASK_AGAIN = EnumSet.of(MemberStatus.DECLINED, MemberStatus.LEFT);

    /**
     * Where an application or a joining takes someone standing at {@code current} (null: never asked) in a set joined
     * by {@code joining}: an open set takes them in, an application waits for their line manager ({@code hasManager})
     * or else for a place. A set joined by invitation only, a closed set, or someone already in or waiting is refused.
     */
    public static MemberStatus asked(Joining joining, boolean closed, MemberStatus current, boolean hasManager) throws RejectedException {
        if (closed) {
            throw new RejectedException(null, "set.closed");
        }
        if (current != null && !MAY_ASK_AGAIN.contains(current)) {
            throw new RejectedException(null, current == MemberStatus.MEMBER ? "set.alreadyMember" : "set.alreadyAsked");
        }
        return switch (joining) {
            case OPEN -> MemberStatus.MEMBER;
            case APPLICATION -> hasManager ? MemberStatus.AWAITING_MANAGER : MemberStatus.APPLIED;
            case INVITATION -> throw new RejectedException(null, "set.byInvitation");
        };
    }

    /** Whether someone standing at {@code current} may be invited (not already in or waiting). */
    public static void invitable(boolean closed, MemberStatus current) throws RejectedException {
        if (closed) {
            throw new RejectedException(null, "set.closed");
        }
        if (current != null && !MAY_ASK_AGAIN.contains(current)) {
            throw new RejectedException("person", current == MemberStatus.MEMBER ? "set.invite.member" : "set.invite.waiting");
        }
    }

    /** Refused unless a place is free: {@code places} (null: no limit) against the {@code members} now. */
    public static void placeFree(Integer places, long members) throws RejectedException {
        if (places != null && members >= places) {
            throw new RejectedException(List.of(new Problem(null, "set.full", List.of(String.valueOf(places)))));
        }
    }

    /** Refused unless the member stands at {@code expected}: the step was taken by someone else in the meantime. */
    public static void standing(MemberStatus current, MemberStatus expected) throws RejectedException {
        if (current != expected) {
            throw new RejectedException(null, "set.member.moved");
        }
    }

    /** The problems of a series: a start in the future, a count from 1 to {@link #SERIES_MAX}. */
    public static List<Problem> seriesProblems(LocalDateTime first, Integer count, Cadence cadence, Instant now, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        if (first == null) {
            problems.add(new Problem("first", "set.series.first.required"));
        } else if (!first.atZone(zone).toInstant().isAfter(now)) {
            problems.add(new Problem("first", "set.series.first.past"));
        }
        if (count == null || count < 1 || count > SERIES_MAX) {
            problems.add(new Problem("count", "set.series.count.range", List.of(String.valueOf(SERIES_MAX))));
        }
        if (cadence == null) {
            problems.add(new Problem("cadence", "set.series.cadence.required"));
        }
        return problems;
    }

    /**
     * The meetings of a series: {@code count} of them from {@code first} (local time in {@code zone}), {@code minutes}
     * long, every week, fortnight or month. Monthly keeps the weekday and its week of the month (the second Tuesday);
     * a first meeting in a month's fifth week recurs on the month's last such weekday. Clock changes keep the local time.
     */
    public static List<Slot> series(LocalDateTime first, int count, Cadence cadence, int minutes, ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        DayOfWeek weekday = first.getDayOfWeek();
        int week = (first.getDayOfMonth() - 1) / 7 + 1;
        for (int i = 0; i < count; i++) {
            LocalDateTime start = switch (cadence) {
                case WEEKLY -> first.plusWeeks(i);
                case FORTNIGHTLY -> first.plusWeeks(2L * i);
                case MONTHLY -> first.with(nthWeekday(first.toLocalDate().plusMonths(i), weekday, week));
            };
            Instant startsAt = start.atZone(zone).toInstant();
            slots.add(new Slot(startsAt, start.plusMinutes(minutes).atZone(zone).toInstant()));
        }
        return slots;
    }

    private static LocalDate nthWeekday(LocalDate inMonth, DayOfWeek weekday, int week) {
        if (week >= 5) {
            return inMonth.with(TemporalAdjusters.lastInMonth(weekday));
        }
        return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
    }
}
