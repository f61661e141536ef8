package org.learningnetwork.publication;

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
 * Sends the training calendar's monthly update: the timer fires each day at the hours and minutes
 * {@link PublicationSettings#UPDATE_HOUR} and {@link PublicationSettings#UPDATE_MINUTES} give in the council's time zone
 * (08:05 to 18:05 unless set), and the first firing of a month with anybody to send it to sends it. Every server
 * instance has the timer; the lease lets one send at a time, and the month's update is recorded, so it goes once; if
 * the instance sending it stops, a later firing on another sends it.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarUpdateTimer {

    @Resource
    private TimerService timers;

    @EJB
    private CalendarUpdateService updates;

    @PostConstruct
    void schedule() {
        ScheduleExpression daily = new ScheduleExpression().hour(PublicationSettings.UPDATE_HOUR.get())
                .minute(PublicationSettings.UPDATE_MINUTES.get()).second(0)
                .timezone(Installation.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("calendar update", false));
    }

    @Timeout
    void send() {
        updates.sendMonthlyAlone();
    }
}
