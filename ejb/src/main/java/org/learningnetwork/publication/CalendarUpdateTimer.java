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
 * Sends the training calendar's monthly update on the first day of each month at 08:05 in the council's time zone.
 * Every server instance has the timer; the lease lets one send at a time, and the month's update is recorded, so it
 * goes once.
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
        ScheduleExpression monthly = new ScheduleExpression().dayOfMonth(1).hour(8).minute(5).second(0)
                .timezone(Installation.zone().getId());
        timers.createCalendarTimer(monthly, new TimerConfig("calendar update", false));
    }

    @Timeout
    void send() {
        updates.sendMonthlyAlone();
    }
}
