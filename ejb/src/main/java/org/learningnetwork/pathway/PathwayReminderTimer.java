package org.learningnetwork.pathway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.learningnetwork.platform.Installation;

/**
 * Sends the pathway reminders ({@link PathwayReminders}) at the hours and minutes {@code learningnetwork.pathway.reminder-hour}
 * and {@code -minutes} give in the council's time zone (07:23 unless set). Every server instance has the timer; one
 * writes the reminders, and each reminder is written once whichever instance's timer fires.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PathwayReminderTimer {

    @Resource
    private TimerService timers;

    @EJB
    private PathwayReminders reminders;

    @PostConstruct
    void schedule() {
        ScheduleExpression daily = new ScheduleExpression().hour(PathwaySettings.REMINDER_HOUR.get())
                .minute(PathwaySettings.REMINDER_MINUTES.get()).second(0)
                .timezone(Installation.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("pathway reminders", false));
    }

    @Timeout
    void remind() {
        reminders.sendDueAlone();
    }
}
