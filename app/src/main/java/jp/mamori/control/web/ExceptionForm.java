package jp.mamori.control.web;

import java.time.LocalDate;
import jp.mamori.control.catalogue.ZoneKind;
import jp.mamori.control.exceptions.ControlException;
import jp.mamori.control.exceptions.ExceptionTarget;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.control.exceptions.NetworkPath;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a request for an exception (and of its renewal), a bean for Spring's binding. */
class ExceptionForm {
    private String measureId = "";
    private @Nullable Long unitId;
    private @Nullable ExceptionTarget targetKind;
    private String target = "";
    private @Nullable ZoneKind fromZone;
    private @Nullable ZoneKind toZone;
    private String from = "";
    private String to = "";
    private String services = "";
    private String justification = "";
    private String compensating = "";
    private String owner = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endsOn;

    /** A renewal's form: the same exception, the next period left to the person. */
    static ExceptionForm renewing(ControlException e, LocalDate today) {
        ExceptionForm f = new ExceptionForm();
        f.measureId = e.measureId();
        f.unitId = e.unitId();
        f.targetKind = e.targetKind();
        f.target = e.target();
        f.fromZone = e.path().fromZone();
        f.toZone = e.path().toZone();
        f.from = String.join(" ", e.path().from());
        f.to = String.join(" ", e.path().to());
        f.services = String.join(" ", e.path().services());
        f.justification = e.justification();
        f.compensating = e.compensating();
        f.owner = e.owner();
        LocalDate next = e.endsOn().plusDays(1);
        f.startsOn = next.isBefore(today) ? today : next;
        return f;
    }

    Exceptions.Request request() {
        return new Exceptions.Request(
                measureId,
                unitId,
                targetKind,
                target,
                new NetworkPath(
                        fromZone, toZone, NetworkPath.words(from), NetworkPath.words(to), NetworkPath.words(services)),
                justification,
                compensating,
                owner,
                startsOn,
                endsOn);
    }

    public String getMeasureId() {
        return measureId;
    }

    public void setMeasureId(@Nullable String measureId) {
        this.measureId = measureId == null ? "" : measureId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable Long unitId) {
        this.unitId = unitId;
    }

    public @Nullable ExceptionTarget getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(@Nullable ExceptionTarget targetKind) {
        this.targetKind = targetKind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target == null ? "" : target;
    }

    public @Nullable ZoneKind getFromZone() {
        return fromZone;
    }

    public void setFromZone(@Nullable ZoneKind fromZone) {
        this.fromZone = fromZone;
    }

    public @Nullable ZoneKind getToZone() {
        return toZone;
    }

    public void setToZone(@Nullable ZoneKind toZone) {
        this.toZone = toZone;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to == null ? "" : to;
    }

    public String getServices() {
        return services;
    }

    public void setServices(@Nullable String services) {
        this.services = services == null ? "" : services;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(@Nullable String justification) {
        this.justification = justification == null ? "" : justification;
    }

    public String getCompensating() {
        return compensating;
    }

    public void setCompensating(@Nullable String compensating) {
        this.compensating = compensating == null ? "" : compensating;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner == null ? "" : owner;
    }

    public @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(@Nullable LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
