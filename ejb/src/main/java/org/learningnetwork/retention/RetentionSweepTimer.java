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
import java.util.logging.Logger;
import org.learningnetwork.platform.Installation;

/**
 * Runs the retention sweep every night at the time the setting {@link RetentionSettings#SWEEP_AT} gives ({@code HH:mm},
 * the council's time; 02:30 unless set). Every server instance has the timer; the first to take the day's lease runs the sweep,
 * and if that instance stops part-way, another takes the sweep over once the lease has run out.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSweepTimer {

    private static final ZoneId ZONE = Installation.zone();
    private static final Logger LOG = Logger.getLogger(RetentionSweepTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Clock clock;

    @EJB
    private RetentionSweep sweep;

    @PostConstruct
    void schedule() {
        LocalTime at = RetentionSettings.SWEEP_AT.get();
        ScheduleExpression nightly = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(ZONE.getId());
        timers.createCalendarTimer(nightly, new TimerConfig("retention sweep", false));
    }

    @Timeout
    void run() {
        sweep.runScheduled(clock.instant().atZone(ZONE).toLocalDate());
    }

    /** Every few minutes: a night's sweep that the instance running it stopped part-way is taken over here. */
    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false, info = "retention sweep take-over")
    void takeOver() {
        sweep.takeOverAbandoned();
    }
}
