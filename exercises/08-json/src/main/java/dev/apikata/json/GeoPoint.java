package dev.apikata.json;

/** A position in degrees. Given: you do not need to change this record. */
public record GeoPoint(double latitude, double longitude) {
}
