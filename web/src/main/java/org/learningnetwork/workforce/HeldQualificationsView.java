package org.learningnetwork.workforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningnetwork.platform.Messages;
import org.learningnetwork.platform.NotFound;
import org.learningnetwork.platform.NotFoundException;
import org.learningnetwork.platform.RejectedException;
import org.learningnetwork.reference.Qualification;

/**
 * A person's qualifications and credit for prior learning ({@code /my/qualifications.xhtml}): one's own to read, or
 * ({@code ?person=}) a member of one's staff or, for the learning team, anyone's, to record: a qualification held
 * ({@code &held=} to change one) and credit awarded ({@code &credit=}). Anyone else's is the not-found page.
 */
@Named
@ViewScoped
public class HeldQualificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "heldForm";
    static final String CREDIT_FORM = "creditForm";
    static final String REGISTRATION_FORM = "registrationForm";
    static final String CONDITION_FORM = "conditionForm";

    @Inject
    private QualificationService qualifications;

    @Inject
    private RegistrationService registrationService;

    @Inject
    private Messages messages;

    private String person;
    private String heldId;
    private String creditId;
    private QualificationService.Held held;
    private List<Qualification> catalogue;
    private PersonQualification form = new PersonQualification();
    private String qualificationCode;
    private PriorLearningCredit credit = new PriorLearningCredit();
    private String towardsCode;
    private String registrationId;
    private List<RegistrationService.Standing> registrations;
    private List<RegisterPart> parts;
    private Registration registration = new Registration();
    private String partCode;
    private Long conditionRegistration;
    private String conditionQualification;
    private java.time.LocalDate conditionDueOn;

    public void load() {
        try {
            if (person == null || person.isBlank()) {
                held = qualifications.mine();
                registrations = registrationService.mine();
                return;
            }
            held = qualifications.of(Long.parseLong(person.strip()));
            registrations = registrationService.of(held.person().getId());
            parts = registrationService.parts();
            if (registrationId != null && !registrationId.isBlank()) {
                long wanted = Long.parseLong(registrationId);
                registration = registrations.stream().map(RegistrationService.Standing::registration).filter(r -> r.getId() == wanted)
                        .findFirst().orElseThrow(() -> new NotFoundException("Registration", wanted)).forForm();
                partCode = registration.getPart().getCode();
            }
            catalogue = qualifications.catalogue(true);
            if (heldId != null && !heldId.isBlank()) {
                long wanted = Long.parseLong(heldId);
                form = held.qualifications().stream().filter(q -> q.getId() == wanted).findFirst()
                        .orElseThrow(() -> new NotFoundException("PersonQualification", wanted)).forForm();
                qualificationCode = form.getQualification().getCode();
            }
            if (creditId != null && !creditId.isBlank()) {
                long wanted = Long.parseLong(creditId);
                credit = held.credits().stream().filter(c -> c.getId() == wanted).findFirst()
                        .orElseThrow(() -> new NotFoundException("PriorLearningCredit", wanted)).forForm();
                towardsCode = credit.getTowards() == null ? null : credit.getTowards().getCode();
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFound.respond();
        } catch (RejectedException e) {
            messages.error(null, e.getProblems().get(0).messageKey());
        } catch (jakarta.ejb.EJBAccessException e) {
            // Someone without a learner's record of their own (an administrator's account alone) has none to read.
            NotFound.forbidden();
        }
    }

    public String save() {
        return messages.attempt(FORM, () -> qualifications.save(held.person().getId(), form, qualificationCode))
                .map(saved -> back("held.saved")).orElse(null);
    }

    public String saveCredit() {
        return messages.attempt(CREDIT_FORM, () -> qualifications.saveCredit(held.person().getId(), credit, towardsCode))
                .map(saved -> back("held.credit.saved")).orElse(null);
    }

    public String remove(long id) {
        return messages.attempt(FORM, () -> {
            qualifications.remove(held.person().getId(), id);
            return id;
        }).map(done -> back("held.removed")).orElse(null);
    }

    public String removeCredit(long id) {
        return messages.attempt(CREDIT_FORM, () -> {
            qualifications.removeCredit(held.person().getId(), id);
            return id;
        }).map(done -> back("held.removed")).orElse(null);
    }

    public String saveRegistration() {
        return messages.attempt(REGISTRATION_FORM, () -> registrationService.save(held.person().getId(), registration, partCode))
                .map(saved -> back("reg.saved")).orElse(null);
    }

    public String addCondition() {
        if (conditionRegistration == null) {
            return null;
        }
        return messages.attempt(CONDITION_FORM, () -> registrationService.addCondition(held.person().getId(), conditionRegistration,
                conditionQualification, conditionDueOn)).map(saved -> back("reg.conditionSaved")).orElse(null);
    }

    public String removeCondition(long conditionId) {
        return messages.attempt(CONDITION_FORM, () -> {
            registrationService.removeCondition(held.person().getId(), conditionId);
            return conditionId;
        }).map(done -> back("reg.conditionRemoved")).orElse(null);
    }

    /** The current registrations a condition can be set on. */
    public List<Registration> getCurrentRegistrations() {
        java.time.LocalDate today = java.time.LocalDate.now(org.learningnetwork.platform.Installation.zone());
        return registrations == null ? List.of()
                : registrations.stream().map(RegistrationService.Standing::registration).filter(r -> r.isCurrent(today)).toList();
    }

    private String back(String notice) {
        messages.noticeAfterRedirect(notice);
        return "/my/qualifications?faces-redirect=true&person=" + held.person().getId();
    }

    /** Whether the page records someone else's (the learning team's or a line manager's view), not one's own. */
    public boolean isRecording() {
        return person != null && !person.isBlank();
    }

    /** The qualifications that may be chosen: those offered, and the one already recorded if it has since been retired. */
    public List<Qualification> getChoices() {
        return catalogue == null ? List.of()
                : catalogue.stream().filter(q -> q.isActive() || q.getCode().equals(qualificationCode)).toList();
    }

    public QualificationStatus[] getStatuses() {
        return QualificationStatus.values();
    }

    public List<RegistrationService.Standing> getRegistrations() {
        return registrations;
    }

    public List<RegisterPart> getParts() {
        return parts;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getPartCode() {
        return partCode;
    }

    public void setPartCode(String partCode) {
        this.partCode = partCode;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public Long getConditionRegistration() {
        return conditionRegistration;
    }

    public void setConditionRegistration(Long conditionRegistration) {
        this.conditionRegistration = conditionRegistration;
    }

    public String getConditionQualification() {
        return conditionQualification;
    }

    public void setConditionQualification(String conditionQualification) {
        this.conditionQualification = conditionQualification;
    }

    public java.time.LocalDate getConditionDueOn() {
        return conditionDueOn;
    }

    public void setConditionDueOn(java.time.LocalDate conditionDueOn) {
        this.conditionDueOn = conditionDueOn;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getHeldId() {
        return heldId;
    }

    public void setHeldId(String heldId) {
        this.heldId = heldId;
    }

    public String getCreditId() {
        return creditId;
    }

    public void setCreditId(String creditId) {
        this.creditId = creditId;
    }

    public QualificationService.Held getHeld() {
        return held;
    }

    public PersonQualification getForm() {
        return form;
    }

    public String getQualificationCode() {
        return qualificationCode;
    }

    public void setQualificationCode(String qualificationCode) {
        this.qualificationCode = qualificationCode;
    }

    public PriorLearningCredit getCredit() {
        return credit;
    }

    public String getTowardsCode() {
        return towardsCode;
    }

    public void setTowardsCode(String towardsCode) {
        this.towardsCode = towardsCode;
    }
}
