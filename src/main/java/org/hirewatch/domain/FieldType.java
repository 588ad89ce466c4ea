package org.hirewatch.domain;

/** How an evidence field is entered, checked and stored. */
public enum FieldType {
    TEXT, MULTILINE, EMAIL, PHONE, IP, URL, DATE, DATE_TIME, INTEGER, DECIMAL, CHOICE, YES_NO,
    /** Sensitive numbers (document numbers): only a hash and the last characters are ever stored. */
    HASHED
}
