package org.learningnetwork.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * Runs the retention sweep every night at the time the system property {@value #SWEEP_AT} gives ({@code HH:mm},
 * UK time; 02:30 unless set). Every server instance has the timer; the first to take the day's lease runs the sweep,
 * and if that instance stops part-way, another takes the sweep over once the lease has run out.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweepTimer {

    public static final String SWEEP_AT = "learningnetwork.retention.sweep-at";

    private static final LocalTime DEFAULT_AT = LocalTime.of(2, 30);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(RetentionSweepTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Clock clock;

    @EJB
    private RetentionSweep sweep;

    @PostConstruct
    void schedule() {
        LocalTime at = sweepAt(System.getProperty(SWEEP_AT));
        ScheduleExpression nightly = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(UK.getId());
        timers.createCalendarTimer(nightly, new TimerConfig("retention sweep", false));
    }

    @Timeout
    void run() {
        sweep.runScheduled(clock.instant().atZone(UK).toLocalDate());
    }

    /** Every few minutes: a night's sweep that the instance running it stopped part-way is taken over here. */
    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false, info = "retention sweep take-over")
    void takeOver() {
        sweep.takeOverAbandoned();
    }

    /** The time of day to sweep: {@code value} as {@code HH:mm}, or the default (with a warning) if it is not one. */
    static LocalTime sweepAt(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_AT;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> SWEEP_AT + " must be a time of day such as 02:30; sweeping at " + DEFAULT_AT);
            return DEFAULT_AT;
        }
    }
}
