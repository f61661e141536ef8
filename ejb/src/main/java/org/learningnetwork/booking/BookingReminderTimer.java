package org.learningnetwork.booking;

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

/**
 * Writes the session reminders that are due ({@link BookingReminders}) at the minutes of each hour that the system
 * property {@value #MINUTES} gives, in the form of an EJB schedule's minute field ({@code 7}, {@code 7,37},
 * {@code *}&#47;{@code 15}; at seven past every hour unless set). Every server instance has the timer; when several fire
 * at once, one writes the reminders and the others find them written.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingReminderTimer {


    @Resource
    private TimerService timers;

    @EJB
    private BookingReminders reminders;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(every(BookingSettings.REMINDER_MINUTES.get()), new TimerConfig("session reminders", false));
    }

    @Timeout
    void remind() {
        reminders.sendDueAlone();
    }

    private static ScheduleExpression every(String minutes) {
        return new ScheduleExpression().hour("*").minute(minutes).second(0);
    }
}
