package org.learningnetwork.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.learningnetwork.figures.Quarter;

/** Which figures: the course, and the quarter its sessions started in. */
@Embeddable
public class CourseImpactKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "quarter_code")
    private String quarter;

    @Column(name = "course_id")
    private long courseId;

    protected CourseImpactKey() {
    }

    public CourseImpactKey(Quarter quarter, long courseId) {
        this.quarter = quarter.code();
        this.courseId = courseId;
    }

    public String getQuarter() {
        return quarter;
    }

    public long getCourseId() {
        return courseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseImpactKey k && quarter.equals(k.quarter) && courseId == k.courseId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(quarter, courseId);
    }
}
