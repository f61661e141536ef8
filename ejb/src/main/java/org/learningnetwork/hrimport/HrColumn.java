package org.learningnetwork.hrimport;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The header of a field in the council's HR export, where it is not the field's default. */
@Entity
@Table(name = "hr_column")
public class HrColumn {

    @Id
    private String field;

    private String header;

    protected HrColumn() {
    }

    public HrColumn(String field, String header) {
        this.field = field;
        this.header = header;
    }

    public String getField() {
        return field;
    }

    public String getHeader() {
        return header;
    }

    public void setHeader(String header) {
        this.header = header;
    }
}
