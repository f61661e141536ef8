package org.learningnetwork.workforce;

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
 * Sends the registration alerts ({@link RegistrationAlerts}) at the hours and minutes
 * {@code learningnetwork.registration.alert-hour} and {@code -minutes} give in the council's time zone (07:37 unless
 * set). Every server instance has the timer; one sends, and each alert goes once whichever instance's timer fires.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationAlertTimer {

    @Resource
    private TimerService timers;

    @EJB
    private RegistrationAlerts alerts;

    @PostConstruct
    void schedule() {
        ScheduleExpression daily = new ScheduleExpression().hour(WorkforceSettings.ALERT_HOUR.get())
                .minute(WorkforceSettings.ALERT_MINUTES.get()).second(0).timezone(Installation.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("registration alerts", false));
    }

    @Timeout
    void alert() {
        alerts.sendDueAlone();
    }
}
