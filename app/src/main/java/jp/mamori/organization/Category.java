package jp.mamori.organization;

/** An employment category (雇用区分) from the configurable list; inactive ones stay on the people who have them. */
public record Category(long id, String name, int sortOrder, boolean active) {}
