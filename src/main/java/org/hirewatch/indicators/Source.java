package org.hirewatch.indicators;

/** A public source the catalogue cites: its key, title and date (ISO, as precise as the source gives it). */
public record Source(String key, String title, String date) {
}
